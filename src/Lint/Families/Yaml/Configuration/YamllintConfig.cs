using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Yaml.Rules;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Configuration;

/// <summary>
/// A yamllint configuration read the way yamllint 1.29 reads it: <c>extends</c> first (the base's rules updated by
/// this file's), then <c>ignore</c>/<c>ignore-from-file</c> and <c>yaml-files</c>, then each rule's options checked
/// against the rule's declared options.
/// </summary>
internal sealed class YamllintConfig
{
    private const int MaxExtendsDepth = 16;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, YamllintConfig> BuiltIns = new(StringComparer.Ordinal);

    /// <summary>Rules by yamllint id, in order; null means <c>disable</c>.</summary>
    public Dictionary<string, YamllintRuleConfig?> Rules { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Global ignore patterns, or null when none were given.</summary>
    public List<string>? Ignore { get; private set; }

    /// <summary>The <c>yaml-files</c> patterns, or null for yamllint's default.</summary>
    public List<string>? YamlFiles { get; private set; }

    /// <summary>Reads and validates a configuration text; <paramref name="file"/> names it in errors.</summary>
    public static YamllintConfig Parse(string content, string file, string workingDirectory, RuleCatalog catalog, int depth = 0)
    {
        if (depth > MaxExtendsDepth)
        {
            throw new YamllintConfigException("invalid config: extends nests too deep (a cycle?)", file, 1, 1);
        }

        var (documents, error) = YamlTree.Parse(content);
        if (error is not null)
        {
            throw new YamllintConfigException($"invalid config: {error.Message}", file, error.Position.Line, error.Position.Column);
        }

        if (documents.Count == 0 || documents[0].Root is not YMapping root)
        {
            var at = documents.Count > 0 && documents[0].Root is { } node ? node.Start : new Position(1, 1, 0);
            throw new YamllintConfigException("invalid config: not a dict", file, at.Line, at.Column);
        }

        var config = new YamllintConfig();
        if (root["rules"] is { } rulesNode)
        {
            if (rulesNode is not YMapping rules)
            {
                if (!(rulesNode is YScalar s && s.IsNull))
                {
                    throw Error(file, rulesNode, "invalid config: rules should be a dict");
                }
            }
            else
            {
                foreach (var pair in rules.Pairs)
                {
                    var id = (pair.Key as YScalar)?.Value ?? throw Error(file, pair.Key, "invalid config: a rule name should be a string");
                    config.Rules[id] = ReadRule(file, id, pair.Value, workingDirectory, catalog, out var _);
                }
            }
        }

        if (root.Find("extends") is { } extends)
        {
            var name = (extends.Value as YScalar)?.Value ?? throw Error(file, extends.Value, "invalid config: extends should be a string");
            var builtIn = name.Contains('/') ? null : YamllintBuiltInConfigs.Find(name);
            string baseContent;
            var baseFile = name;
            if (builtIn is not null)
            {
                baseContent = builtIn;
                baseFile = $"<yamllint {name} configuration>";
            }
            else
            {
                var path = Path.GetFullPath(name, workingDirectory);
                try
                {
                    baseContent = ConfigurationProbes.ReadAllText(path);
                    baseFile = path;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw Error(file, extends.Value, $"invalid config: cannot read the extended configuration \"{name}\": {exception.Message}");
                }
            }

            // A built-in base is the same for every file that extends it: parsed once (extending never changes the base).
            var parent = builtIn is not null && ReferenceEquals(catalog, YamlRules.Catalog)
                ? BuiltIns.GetOrAdd(name, _ => Parse(baseContent, baseFile, workingDirectory, catalog, depth + 1))
                : Parse(baseContent, baseFile, workingDirectory, catalog, depth + 1);
            config.ExtendFrom(parent);
        }

        var hasIgnore = root.Find("ignore");
        var hasIgnoreFromFile = root.Find("ignore-from-file");
        if (hasIgnore is not null && hasIgnoreFromFile is not null)
        {
            throw Error(file, hasIgnoreFromFile.Key, "invalid config: ignore and ignore-from-file keys cannot be used together");
        }

        if (hasIgnoreFromFile is not null)
        {
            config.Ignore = ReadIgnoreFromFile(file, hasIgnoreFromFile.Value, workingDirectory);
        }
        else if (hasIgnore is not null)
        {
            config.Ignore = ReadPatterns(file, hasIgnore.Value, "invalid config: ignore should contain file patterns");
        }

        if (root.Find("yaml-files") is { } yamlFiles)
        {
            if (yamlFiles.Value is not YSequence sequence || sequence.Items.Any(i => i is not YScalar))
            {
                throw Error(file, yamlFiles.Value, "invalid config: yaml-files should be a list of file patterns");
            }

            config.YamlFiles = sequence.Items.Select(i => ((YScalar)i).Value).ToList();
        }

        if (root.Find("locale") is { } locale && locale.Value is not YScalar { IsPlain: false } && ScalarValue(locale.Value) is not string)
        {
            throw Error(file, locale.Value, "invalid config: locale should be a string");
        }

        config.Validate(file);
        return config;
    }

    /// <summary>
    /// How ansible-lint uses a project's yamllint file: the file, as yamllint validated it (every option of its rules
    /// filled with the rule's default), extends ansible-lint's own configuration (<c>config_override.extend(config)</c>).
    /// </summary>
    public void ExtendOver(YamllintConfig parent, RuleCatalog catalog)
    {
        foreach (var (id, rule) in Rules)
        {
            if (rule is null || catalog.Find(id, RuleFamily.Yaml) is not { Family: RuleFamily.Yaml } lintRule)
            {
                continue;
            }

            foreach (var option in lintRule.Options)
            {
                rule.Options.TryAdd(option.Name, option.Default);
            }
        }

        ExtendFrom(parent);
    }

    /// <summary>yamllint's <c>extend</c>: the base's rules, updated by this file's; the base's ignore unless this file has one.</summary>
    private void ExtendFrom(YamllintConfig parent)
    {
        var merged = new Dictionary<string, YamllintRuleConfig?>(StringComparer.Ordinal);
        foreach (var (id, rule) in parent.Rules)
        {
            merged[id] = rule?.Clone();
        }

        foreach (var (id, rule) in Rules)
        {
            if (rule is not null && merged.TryGetValue(id, out var baseRule) && baseRule is not null)
            {
                baseRule.Update(rule);
            }
            else
            {
                merged[id] = rule;
            }
        }

        Rules = merged;
        if (parent.Ignore is not null)
        {
            Ignore = parent.Ignore;
        }

        YamlFiles ??= parent.YamlFiles;
    }

    private static YamllintRuleConfig? ReadRule(string file, string id, YNode node, string workingDirectory, RuleCatalog catalog, out LintRule rule)
    {
        rule = catalog.Find(id, RuleFamily.Yaml) is { Family: RuleFamily.Yaml } found && found.Name == id
            ? found
            : throw Error(file, node, $"invalid config: no such rule: \"{id}\"");
        // yamllint reads `rule: false` as `disable`.
        if (node is YScalar { IsPlain: true } && ScalarValue(node) is false)
        {
            return null;
        }

        if (node is YScalar scalar && scalar.IsPlain)
        {
            switch (scalar.Value)
            {
                case "enable":
                    return new YamllintRuleConfig();
                case "disable":
                    return null;
            }
        }

        if (node is not YMapping mapping)
        {
            throw Error(file, node, $"invalid config: rule \"{id}\": should be either \"enable\", \"disable\" or a dict");
        }

        var config = new YamllintRuleConfig();
        foreach (var pair in mapping.Pairs)
        {
            var key = (pair.Key as YScalar)?.Value ?? throw Error(file, pair.Key, $"invalid config: unknown option for rule \"{id}\"");
            switch (key)
            {
                case "level":
                    config.Level = (pair.Value as YScalar)?.Value switch
                    {
                        "error" => Diagnostics.Severity.Error,
                        "warning" => Diagnostics.Severity.Warning,
                        _ => throw Error(file, pair.Value, "invalid config: level should be \"error\" or \"warning\""),
                    };
                    break;
                case "ignore":
                    config.Ignore = ReadPatterns(file, pair.Value, "invalid config: ignore should contain file patterns");
                    break;
                case "ignore-from-file":
                    config.Ignore = ReadIgnoreFromFile(file, pair.Value, workingDirectory);
                    break;
                default:
                    var option = rule.Options.FirstOrDefault(o => o.Name == key)
                        ?? throw Error(file, pair.Key, $"invalid config: unknown option \"{key}\" for rule \"{id}\"");
                    config.Options[key] = ReadOption(file, id, option, pair.Value);
                    break;
            }
        }

        return config;
    }

    /// <summary>Fills defaults and levels, and runs each rule's own cross-option checks (yamllint's <c>validate</c>).</summary>
    private void Validate(string file)
    {
        foreach (var (id, rule) in Rules)
        {
            if (rule is null)
            {
                continue;
            }

            rule.Level ??= Diagnostics.Severity.Error;
            if (id == "quoted-strings")
            {
                var required = rule.Options.GetValueOrDefault("required", true);
                var extraAllowed = rule.Options.GetValueOrDefault("extra-allowed") is string[] { Length: > 0 };
                var extraRequired = rule.Options.GetValueOrDefault("extra-required") is string[] { Length: > 0 };
                var problem = (required, extraAllowed, extraRequired) switch
                {
                    (true, true, _) => "cannot use both \"required: true\" and \"extra-allowed\"",
                    (true, _, true) => "cannot use both \"required: true\" and \"extra-required\"",
                    (false, true, _) => "cannot use both \"required: false\" and \"extra-allowed\"",
                    _ => null,
                };
                if (problem is not null)
                {
                    throw new YamllintConfigException($"invalid config: quoted-strings: {problem}", file, 1, 1);
                }
            }
        }
    }

    private static object? ReadOption(string file, string id, RuleOption option, YNode node)
    {
        var value = ScalarValue(node);
        var allowed = option.AllowedValues;
        var ok = option.Type switch
        {
            RuleOptionType.Boolean => value is bool,
            RuleOptionType.Integer => value is int or bool,
            RuleOptionType.String => value is string s && (allowed.Count == 0 || allowed.Contains(s)),
            RuleOptionType.IntegerOrString => value is int or bool || (value is string s && allowed.Contains(s)),
            RuleOptionType.BooleanOrString => value is bool || (value is string s && allowed.Contains(s)),
            RuleOptionType.StringList => node is YSequence sequence && sequence.Items.All(i => i is YScalar item
                && ScalarValue(item) is string text && (allowed.Count == 0 || allowed.Contains(text))),
            _ => false,
        };
        if (!ok)
        {
            var expected = option.Type switch
            {
                RuleOptionType.Boolean => "should be bool",
                RuleOptionType.Integer => "should be int",
                RuleOptionType.StringList => allowed.Count > 0 ? $"should only contain values in [{string.Join(", ", allowed)}]" : "should be a list of strings",
                RuleOptionType.IntegerOrString => $"should be in (int, {string.Join(", ", allowed.Select(a => $"'{a}'"))})",
                RuleOptionType.BooleanOrString => $"should be in (bool, {string.Join(", ", allowed.Select(a => $"'{a}'"))})",
                _ => $"should be in ({string.Join(", ", allowed.Select(a => $"'{a}'"))})",
            };
            throw Error(file, node, $"invalid config: option \"{option.Name}\" of \"{id}\" {expected}");
        }

        return option.Type switch
        {
            RuleOptionType.StringList => ((YSequence)node).Items.Select(i => ((YScalar)i).Value).ToArray(),
            RuleOptionType.Integer or RuleOptionType.IntegerOrString when value is bool b => b ? 1 : 0,
            _ => value,
        };
    }

    /// <summary>A scalar's value as a YAML 1.1 safe loader types it: bool, int, null or string.</summary>
    internal static object? ScalarValue(YNode node)
    {
        if (node is not YScalar scalar)
        {
            return node;
        }

        if (!scalar.IsPlain || scalar.Tag is "tag:yaml.org,2002:str" or "!!str")
        {
            return scalar.Value;
        }

        var text = scalar.Value;
        switch (text)
        {
            case "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                return true;
            case "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return false;
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
        }

        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (digits.Length > 0 && (char.IsAsciiDigit(digits[0]) || (digits.Length > 1 && digits[0] is '-' or '+' && char.IsAsciiDigit(digits[1])))
            && (digits.TrimStart('-', '+') is "0" || !digits.TrimStart('-', '+').StartsWith('0'))
            && int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

    private static List<string> ReadPatterns(string file, YNode node, string message)
    {
        if (node is YScalar { IsPlain: var _ } scalar && ScalarValue(scalar) is string text)
        {
            return text.Split('\n').ToList();
        }

        if (node is YSequence sequence && sequence.Items.All(i => i is YScalar s && ScalarValue(s) is string))
        {
            return sequence.Items.Select(i => ((YScalar)i).Value).ToList();
        }

        throw Error(file, node, message);
    }

    private static List<string> ReadIgnoreFromFile(string file, YNode node, string workingDirectory)
    {
        var names = ReadPatterns(file, node, "invalid config: ignore-from-file should contain filename(s), either as a list or string");
        var patterns = new List<string>();
        foreach (var name in names)
        {
            try
            {
                patterns.AddRange(ConfigurationProbes.ReadAllText(Path.GetFullPath(name, workingDirectory)).Split('\n').Select(l => l.TrimEnd('\r')));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw Error(file, node, $"invalid config: cannot read \"{name}\": {exception.Message}");
            }
        }

        return patterns;
    }

    private static YamllintConfigException Error(string file, YNode node, string message) =>
        new(message, file, node.Start.Line, node.Start.Column);
}
