using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Configuration;

/// <summary>
/// Reads the text of a <c>.tflint.hcl</c> (or <c>.tflint.json</c>) with IacTest's HCL parser and applies it to a
/// configuration, as tflint applies it to its bundled Terraform ruleset.
/// </summary>
internal static class TflintConfigReader
{
    private static readonly HashSet<string> ConfigArguments = new(StringComparer.Ordinal)
    {
        "format", "plugin_dir", "call_module_type", "module", "force", "ignore_module", "varfile", "variables", "disabled_by_default", "only",
    };

    private static readonly HashSet<string> PluginArguments = new(StringComparer.Ordinal) { "enabled", "preset", "version", "source", "signing_key" };

    // tflint's output formats: accepted, and said to be unused, since findings take IacTest's own format.
    private static readonly string[] OutputFormats = ["default", "json", "checkstyle", "junit", "compact", "sarif"];

    /// <summary>Applies the configuration in <paramref name="text"/>, read from <paramref name="path"/>.</summary>
    /// <param name="path">The file's path, where problems are reported.</param>
    /// <param name="text">Its text.</param>
    /// <param name="rules">The rules of the engine (tflint's Terraform rules are taken from them).</param>
    /// <param name="configuration">The configuration to change.</param>
    /// <param name="problems">Where invalid settings are reported.</param>
    public static void Apply(string path, string text, IReadOnlyList<LintRule> rules, LintConfiguration configuration, List<LintDiagnostic> problems) =>
        Apply(path, text, rules, configuration, problems, Path.GetDirectoryName(path) ?? ".");

    /// <summary>
    /// Applies the configuration, resolving <c>varfile</c> paths against <paramref name="workingDirectory"/> (tflint's
    /// working directory: the project folder), and returns the variable files it read, so callers watch them too.
    /// </summary>
    internal static IReadOnlyList<string> Apply(string path, string text, IReadOnlyList<LintRule> rules, LintConfiguration configuration, List<LintDiagnostic> problems, string workingDirectory)
    {
        var file = path.EndsWith(".json", StringComparison.Ordinal)
            ? HclJsonParser.ParseConfig(text, path, Schema)
            : HclParser.ParseConfig(text, path);
        var report = new Reporter(path, problems);
        foreach (var error in file.Diagnostics)
        {
            report.At(error.Subject, $"{error.Summary}; {error.Detail}");
        }

        if (!file.IsValid)
        {
            return [];
        }

        var tflintRules = TflintPresets.TflintRules(rules).ToArray();
        var body = file.Body;
        foreach (var attribute in body.Attributes)
        {
            report.At(attribute.NameRange, $"Unsupported argument; An argument named \"{attribute.Name}\" is not expected here.");
        }

        var disabledByDefault = false;
        var variableFiles = new List<string>();
        foreach (var config in body.BlocksOfType("config"))
        {
            disabledByDefault |= ReadConfig(config, report, configuration, tflintRules, workingDirectory, variableFiles);
        }

        // The bundled Terraform plugin runs with the recommended preset unless a plugin "terraform" block says otherwise.
        IReadOnlySet<string> enabled = TflintPresets.Members("recommended", rules);
        var pluginEnabled = true;
        foreach (var plugin in body.BlocksOfType("plugin").Where(p => p.Labels.Count == 1 && p.Labels[0].Value == "terraform"))
        {
            (pluginEnabled, enabled) = ReadPlugin(plugin, rules, disabledByDefault, report);
        }

        foreach (var rule in tflintRules)
        {
            configuration.For(rule.Code).Enabled = pluginEnabled && enabled.Contains(rule.Name);
        }

        foreach (var block in body.Blocks)
        {
            switch (block.Type)
            {
                case "rule" when block.Labels.Count == 1:
                    ReadRule(block, rules, pluginEnabled, configuration, report);
                    break;
                case "rule" or "plugin":
                    if (block.Labels.Count != 1)
                    {
                        report.At(block.DefinitionRange, $"Missing name for {block.Type}; A {block.Type} block needs one label, its name.");
                    }

                    break;
                case "config" or "tflint":
                    break;
                default:
                    report.At(block.TypeRange, $"Unsupported block type; Blocks of type \"{block.Type}\" are not expected here.");
                    break;
            }
        }

        return variableFiles;
    }

    // A .tflint.json's blocks: JSON cannot tell them from object arguments without this.
    private static HclJsonSchema Schema => new HclJsonSchema().WithBlock("config", 0).WithBlock("plugin", 1).WithBlock("rule", 1).WithBlock("tflint", 0);

    private static bool ReadConfig(HclBlock config, Reporter report, LintConfiguration configuration, IReadOnlyList<LintRule> tflintRules, string workingDirectory, List<string> variableFiles)
    {
        var disabledByDefault = false;
        string? callModuleType = null;
        string? legacyModule = null;
        var varfiles = new List<string>();
        var assignments = new List<string>();
        foreach (var attribute in config.Body.Attributes)
        {
            switch (attribute.Name)
            {
                case "disabled_by_default":
                    disabledByDefault = report.Boolean(attribute) ?? false;
                    break;
                case "force":
                    // tflint returns 0 on issues: its rules' findings are still reported, at a level that fails no build.
                    if (report.Boolean(attribute) == true)
                    {
                        foreach (var rule in tflintRules)
                        {
                            configuration.For(rule.Code).Severity = Severity.Info;
                        }
                    }

                    break;
                case "module":
                    // The setting call_module_type replaced in tflint 0.50: true called every module, false none.
                    legacyModule = report.Boolean(attribute) switch
                    {
                        true => "all",
                        false => "none",
                        null => null,
                    };
                    break;
                case "call_module_type":
                    if (ExpressionValues.AsString(attribute.Expression) is { } type && ModuleCallRule.CallModuleTypes.Contains(type))
                    {
                        callModuleType = type;
                    }
                    else
                    {
                        report.At(attribute.Expression.Range, $"call_module_type must be one of {string.Join(", ", ModuleCallRule.CallModuleTypes.Select(t => $"\"{t}\""))}");
                    }

                    break;
                case "format":
                    ReadFormat(attribute, report);
                    break;
                case "varfile":
                    varfiles.AddRange(TflintVariableInputs.CheckFiles(attribute, workingDirectory, report.At));
                    break;
                case "variables":
                    assignments.AddRange(TflintVariableInputs.CheckAssignments(attribute, report.At));
                    break;
                case var name when !ConfigArguments.Contains(name):
                    report.At(attribute.NameRange, $"Unsupported argument; An argument named \"{name}\" is not expected here.");
                    break;
            }
        }

        if ((callModuleType ?? legacyModule) is { } callType)
        {
            configuration.For(new ModuleCallRule().Code).Options[ModuleCallRule.CallModuleTypeOption] = callType;
        }

        // The values feed the one rule that evaluates expressions, as tflint's evaluation feeds its rules.
        var evaluating = tflintRules.OfType<MapDuplicateKeysRule>().FirstOrDefault()?.Code;
        if (varfiles.Count > 0 && evaluating is not null)
        {
            configuration.For(evaluating).Options[TerraformVariableValues.VarfileOption] = varfiles.ToArray();
        }

        if (assignments.Count > 0 && evaluating is not null)
        {
            configuration.For(evaluating).Options[TerraformVariableValues.VariablesOption] = assignments.ToArray();
        }

        variableFiles.AddRange(varfiles);

        return disabledByDefault;
    }

    private static void ReadFormat(HclAttribute attribute, Reporter report)
    {
        if (ExpressionValues.AsString(attribute.Expression) is not { } format || !OutputFormats.Contains(format))
        {
            report.At(attribute.Expression.Range, $"format must be one of {string.Join(", ", OutputFormats.Select(f => $"\"{f}\""))}");
            return;
        }

        // Never ignored silently: the user asked for an output tflint's CLI writes, and IacTest writes its own.
        report.At(attribute.NameRange,
            $"format = \"{format}\" is not used: findings are reported in the build's format, or the one `iactest lint --format` names (parsable, sarif, ...)",
            Severity.Info);
    }

    private static (bool Enabled, IReadOnlySet<string> Rules) ReadPlugin(HclBlock plugin, IReadOnlyList<LintRule> rules, bool disabledByDefault, Reporter report)
    {
        var enabled = true;
        IReadOnlySet<string> members = disabledByDefault ? new HashSet<string>() : TflintPresets.PluginDefaults(rules);
        foreach (var attribute in plugin.Body.Attributes)
        {
            switch (attribute.Name)
            {
                case "enabled":
                    enabled = report.Boolean(attribute) ?? true;
                    break;
                case "preset":
                    if (ExpressionValues.AsString(attribute.Expression) is { } preset && TflintPresets.Names.Contains(preset))
                    {
                        members = TflintPresets.Members(preset, rules);
                    }
                    else
                    {
                        report.At(attribute.Expression.Range, $"preset must be one of {string.Join(", ", TflintPresets.Names.Select(n => $"\"{n}\""))}");
                    }

                    break;
                case var name when !PluginArguments.Contains(name):
                    report.At(attribute.NameRange, $"Unsupported argument; An argument named \"{name}\" is not expected here.");
                    break;
            }
        }

        return (enabled, members);
    }

    private static void ReadRule(HclBlock block, IReadOnlyList<LintRule> rules, bool pluginEnabled, LintConfiguration configuration, Reporter report)
    {
        var name = block.Labels[0].Value;
        var rule = TflintPresets.TflintRules(rules).FirstOrDefault(r => r.Name == name);
        if (rule is null)
        {
            // Rules of other plugins (aws_*, google_*) are theirs to check; a terraform_* name IacTest does not know is a typo.
            if (name.StartsWith("terraform_", StringComparison.Ordinal))
            {
                report.At(block.Labels[0].Range, $"Rule not found: {name}");
            }

            return;
        }

        var settings = configuration.For(rule.Code);
        foreach (var attribute in block.Body.Attributes)
        {
            if (attribute.Name == "enabled")
            {
                if (report.Boolean(attribute) is { } on)
                {
                    settings.Enabled = pluginEnabled && on;
                }

                continue;
            }

            if (rule is NamingConventionRule && NamingConventionRule.BlockTypes.Contains(attribute.Name) && attribute.Expression is HclObjectExpression nested)
            {
                // .tflint.json writes a per-type block as an object.
                ReadNamingBlock(attribute.Name, nested.Items.Select(i => (i.Key.ConstantName ?? string.Empty, i.Value, i.Key.Range)), rule, settings, report);
                continue;
            }

            if (rule is MapDuplicateKeysRule && attribute.Name is TerraformVariableValues.VarfileOption or TerraformVariableValues.VariablesOption)
            {
                // Carried on the rule for IacTest's evaluation, but tflint takes them in config only.
                report.At(attribute.NameRange, $"rule \"{rule.Name}\" has no option \"{attribute.Name}\"; set it in config {{ {attribute.Name} }}");
                continue;
            }

            ReadOption(rule, attribute.Name, attribute.Expression, attribute.NameRange, settings, report);
        }

        foreach (var nested in block.Body.Blocks)
        {
            if (rule is NamingConventionRule && NamingConventionRule.BlockTypes.Contains(nested.Type))
            {
                ReadNamingBlock(nested.Type, nested.Body.Attributes.Select(a => (a.Name, a.Expression, a.NameRange)), rule, settings, report);
            }
            else
            {
                report.At(nested.TypeRange, $"Unsupported block type; rule \"{name}\" has no block \"{nested.Type}\".");
            }
        }

        if (rule is NamingConventionRule)
        {
            CheckNamingFormats(block, settings, report);
        }
    }

    private static void ReadNamingBlock(string type, IEnumerable<(string Name, HclExpression Value, HclRange NameRange)> items, LintRule rule, RuleSettings settings, Reporter report)
    {
        foreach (var (name, value, range) in items)
        {
            if (name is "format" or "custom")
            {
                ReadOption(rule, $"{type}.{name}", value, range, settings, report);
            }
            else
            {
                report.At(range, $"Unsupported argument; An argument named \"{name}\" is not expected in \"{type}\" (format, custom).");
            }
        }
    }

    private static void CheckNamingFormats(HclBlock block, RuleSettings settings, Reporter report)
    {
        var formats = settings.Options.TryGetValue(NamingConventionRule.CustomFormatsOption, out var value) && value is NamingFormat[] list ? list : [];
        foreach (var prefix in NamingConventionRule.BlockTypes.Select(t => $"{t}.").Prepend(string.Empty))
        {
            var custom = settings.Options.GetValueOrDefault($"{prefix}custom") as string;
            var format = settings.Options.GetValueOrDefault($"{prefix}format") as string;
            if ((custom is not null || format is not null || prefix.Length == 0) && NamingConventionRule.Problem(custom, format ?? (prefix.Length == 0 ? "snake_case" : null), formats) is { } problem)
            {
                report.At(block.DefinitionRange, $"Invalid {(prefix.Length == 0 ? "default" : prefix.TrimEnd('.'))} configuration: {problem}");
            }
        }
    }

    private static void ReadOption(LintRule rule, string name, HclExpression expression, HclRange nameRange, RuleSettings settings, Reporter report)
    {
        var option = rule.Options.FirstOrDefault(o => o.Name == name);
        if (option is null)
        {
            var names = rule.Options.Count == 0 ? "none" : string.Join(", ", rule.Options.Select(o => o.Name).Where(o => !o.Contains('.', StringComparison.Ordinal)));
            report.At(nameRange, $"rule \"{rule.Name}\" has no option \"{name}\" (options: {names})");
            return;
        }

        if (name == NamingConventionRule.CustomFormatsOption)
        {
            settings.Options[name] = CustomFormats(expression, report);
            return;
        }

        object? value = option.Type switch
        {
            RuleOptionType.Boolean => ExpressionValues.AsBoolean(expression),
            RuleOptionType.Integer => expression is HclLiteralExpression { Kind: HclLiteralKind.Number } number
                && int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : null,
            RuleOptionType.StringList => expression is HclTupleExpression tuple && tuple.Items.All(i => ExpressionValues.AsString(i) is not null)
                ? tuple.Items.Select(i => ExpressionValues.AsString(i)!).ToArray() : null,
            _ => ExpressionValues.AsString(expression),
        };
        if (value is null)
        {
            report.At(expression.Range, $"option \"{name}\" of rule \"{rule.Name}\" must be {Describe(option.Type)}");
            return;
        }

        if (value is string text && option.AllowedValues.Count > 0 && !option.AllowedValues.Contains(text))
        {
            report.At(expression.Range, $"`{text}` is invalid {name} of rule \"{rule.Name}\" (one of {string.Join(", ", option.AllowedValues)})");
            return;
        }

        settings.Options[name] = value;
    }

    private static NamingFormat[] CustomFormats(HclExpression expression, Reporter report)
    {
        if (expression is not HclObjectExpression formats)
        {
            report.At(expression.Range, "custom_formats must be a map of { description = \"…\", regex = \"…\" }");
            return [];
        }

        var list = new List<NamingFormat>();
        foreach (var item in formats.Items)
        {
            var description = ExpressionValues.AsString(ExpressionValues.Item(item.Value, "description"));
            var regex = ExpressionValues.AsString(ExpressionValues.Item(item.Value, "regex"));
            if (item.Key.ConstantName is not { } name || description is null || regex is null)
            {
                report.At(item.Key.Range, "a custom format needs a constant name, a description and a regex");
                continue;
            }

            list.Add(new NamingFormat(name, description, regex));
        }

        return list.ToArray();
    }

    private static string Describe(RuleOptionType type) => type switch
    {
        RuleOptionType.Boolean => "true or false",
        RuleOptionType.Integer => "a whole number",
        RuleOptionType.StringList => "a list of strings",
        _ => "a string",
    };

    /// <summary>Reports problems positioned in the configuration file.</summary>
    private sealed class Reporter(string path, List<LintDiagnostic> problems)
    {
        public void At(HclRange range, string message) => At(range, message, Severity.Error);

        public void At(HclRange range, string message, Severity severity) =>
            problems.Add(new LintDiagnostic(path, range.Start.Line, range.Start.Column, EngineRules.ConfigCode, EngineRules.ConfigName, severity, $"{Path.GetFileName(path)}: {message}"));

        public bool? Boolean(HclAttribute attribute)
        {
            var value = ExpressionValues.AsBoolean(attribute.Expression);
            if (value is null)
            {
                At(attribute.Expression.Range, $"{attribute.Name} must be true or false");
            }

            return value;
        }
    }
}
