using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Families.Kubernetes.Rules;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Configuration;

/// <summary>
/// Reads kube-linter's configuration, <c>.kube-linter.yaml</c> or <c>.kube-linter.yml</c> (the nearest one of a nested
/// folder, <see cref="ConfigurationRequest.KubeLinterConfigFile"/>, else found from the request's folder upwards): <c>checks</c> with <c>addAllBuiltIn</c>, <c>doNotAutoAddDefaults</c>, <c>include</c>,
/// <c>exclude</c> and <c>ignorePaths</c>, and <c>customChecks</c> built from kube-linter's templates. As in
/// kube-linter, the checks that run are the defaults (or all, or none), plus <c>include</c>, minus <c>exclude</c>.
/// Anything invalid is an IAC0003 finding positioned in the file.
/// </summary>
internal sealed class KubeLinterConfigurationSource : IConfigurationSource
{
    private static readonly string[] FileNames = [".kube-linter.yaml", ".kube-linter.yml"];
    private static readonly HashSet<string> CheckKeys = ["addAllBuiltIn", "doNotAutoAddDefaults", "include", "exclude", "ignorePaths"];
    private static readonly HashSet<string> CustomCheckKeys = ["name", "template", "params", "scope", "description", "remediation"];

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        // Through ConfigurationProbes, so a build that keeps its configuration sees the file change, appear or go.
        var path = request.KubeLinterConfigFile ?? (request.Discover ? Find(request.Directory) : null);
        if (path is null || !ConfigurationProbes.FileExists(path))
        {
            return [];
        }

        var (documents, error) = YamlTree.Parse(ConfigurationProbes.ReadAllText(path));
        if (error is not null)
        {
            problems.Add(Problem(path, error.Position, $"invalid YAML: {error.Message}"));
            return [path];
        }

        if (documents.Count == 0 || documents[0].Root is null or YScalar { IsNull: true })
        {
            return [path];
        }

        if (documents[0].Root is not YMapping root)
        {
            problems.Add(Problem(path, documents[0].Root!.Start, "the configuration must be a mapping"));
            return [path];
        }

        var reader = new Reader(path, problems);
        var builtIn = KubernetesRules.Catalog.Rules.OfType<KubeLinterRule>().ToArray();
        var checks = root["checks"] as YMapping;
        if (root.Find("checks") is { } checksPair && checksPair.Value is not (YMapping or YScalar { IsNull: true }))
        {
            problems.Add(Problem(path, checksPair.Value.Start, "checks must be a mapping"));
        }

        foreach (var pair in root.Pairs.Where(p => p.KeyText is not ("checks" or "customChecks")))
        {
            problems.Add(Problem(path, pair.Key.Start, $"unknown kube-linter setting '{pair.KeyText}'"));
        }

        foreach (var pair in checks?.Pairs ?? [])
        {
            if (!CheckKeys.Contains(pair.KeyText ?? string.Empty))
            {
                problems.Add(Problem(path, pair.Key.Start, $"unknown setting 'checks.{pair.KeyText}'"));
            }
        }

        var customChecks = ReadCustomChecks(root, reader, builtIn);
        var known = builtIn.Select(r => r.Name).Concat(customChecks.Select(c => c.Name)).ToHashSet(StringComparer.Ordinal);
        var include = reader.Names(checks?.Find("include"), known);
        var exclude = reader.Names(checks?.Find("exclude"), known);
        foreach (var (name, node) in include.Where(i => exclude.Any(e => e.Name == i.Name)))
        {
            problems.Add(Problem(path, node.Start, $"check '{name}' is both included and excluded"));
        }

        var enabled = new HashSet<string>(StringComparer.Ordinal);
        if (reader.Flag(checks?.Find("addAllBuiltIn")))
        {
            enabled.UnionWith(builtIn.Select(r => r.Name));
        }
        else if (!reader.Flag(checks?.Find("doNotAutoAddDefaults")))
        {
            enabled.UnionWith(builtIn.Where(r => r.EnabledByDefault).Select(r => r.Name));
        }

        enabled.UnionWith(include.Select(i => i.Name));
        enabled.ExceptWith(exclude.Select(e => e.Name));
        foreach (var rule in builtIn)
        {
            configuration.For(rule.Code).Enabled = enabled.Contains(rule.Name);
        }

        var active = customChecks.Where(c => !exclude.Any(e => e.Name == c.Name)).ToArray();
        var custom = configuration.For(KubeLinterCustomChecksRule.RuleCode);
        custom.Enabled = active.Length > 0;
        custom.Options[KubeLinterCustomChecksRule.ChecksOption] = active;

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? request.Directory;
        foreach (var pattern in reader.Strings(checks?.Find("ignorePaths")))
        {
            foreach (var rule in builtIn.Select(r => r.Code).Append(KubeLinterCustomChecksRule.RuleCode))
            {
                configuration.For(rule).Ignore.Add(new PathPattern(pattern, baseDirectory));
            }
        }

        return [path];
    }

    private static List<KubeCustomCheck> ReadCustomChecks(YMapping root, Reader reader, IReadOnlyList<KubeLinterRule> builtIn)
    {
        var checks = new List<KubeCustomCheck>();
        if (root.Find("customChecks") is not { } pair || pair.Value is YScalar { IsNull: true })
        {
            return checks;
        }

        if (pair.Value is not YSequence list)
        {
            reader.Report(pair.Value, "customChecks must be a list");
            return checks;
        }

        foreach (var item in list.Items)
        {
            if (item is not YMapping check)
            {
                reader.Report(item, "a custom check must be a mapping");
                continue;
            }

            foreach (var key in check.Pairs.Where(p => !CustomCheckKeys.Contains(p.KeyText ?? string.Empty)))
            {
                reader.Report(key.Key, $"unknown custom check setting '{key.KeyText}'");
            }

            var name = check["name"] as YScalar;
            var template = check["template"] as YScalar;
            if (name is null || name.Value.Length == 0 || template is null)
            {
                reader.Report(check, "a custom check needs a name and a template");
                continue;
            }

            if (builtIn.Any(r => r.Name == name.Value) || checks.Any(c => c.Name == name.Value))
            {
                reader.Report(name, $"check name '{name.Value}' is already used");
                continue;
            }

            if (KubeLinterCustomChecksRule.TemplateRule(template.Value) is not { } templateRule)
            {
                reader.Report(template, $"template '{template.Value}' is not one IacTest implements with parameters; known: {string.Join(", ", KubeLinterCustomChecksRule.Templates)}");
                continue;
            }

            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (check["params"] is YMapping values)
            {
                foreach (var value in values.Pairs)
                {
                    var option = templateRule.Options.FirstOrDefault(o => string.Equals(o.Name, value.KeyText, StringComparison.OrdinalIgnoreCase));
                    if (option is null)
                    {
                        var names = templateRule.Options.Count == 0 ? "none" : string.Join(", ", templateRule.Options.Select(o => o.Name));
                        reader.Report(value.Key, $"template '{template.Value}' has no parameter '{value.KeyText}' (parameters: {names})");
                        continue;
                    }

                    parameters[option.Name] = value.Value switch
                    {
                        YSequence sequence => sequence.Items.OfType<YScalar>().Select(s => s.Value).ToArray(),
                        YScalar scalar when option.Type == RuleOptionType.StringList => new[] { scalar.Value },
                        YScalar scalar => scalar.Value,
                        var other => Invalid(reader, other, option.Name),
                    };
                }
            }

            var kinds = reader.Strings((check["scope"] as YMapping)?.Find("objectKinds")).ToArray();
            checks.Add(new KubeCustomCheck(name.Value, template.Value, parameters, kinds, check.GetScalar("description") ?? string.Empty, check.GetScalar("remediation") ?? string.Empty));
        }

        return checks;
    }

    private static object? Invalid(Reader reader, YNode node, string parameter)
    {
        reader.Report(node, $"parameter '{parameter}' must be a value or a list of values");
        return null;
    }

    private static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (ConfigurationProbes.FileExists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static LintDiagnostic Problem(string path, Position position, string message) =>
        new(path, position.Line, position.Column, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, $"{Path.GetFileName(path)}: {message}");

    /// <summary>Reads values of the file, reporting what has the wrong shape.</summary>
    private sealed class Reader(string path, List<LintDiagnostic> problems)
    {
        public void Report(YNode node, string message) => problems.Add(Problem(path, node.Start, message));

        public bool Flag(YPair? pair)
        {
            if (pair is null || pair.Value is YScalar { IsNull: true })
            {
                return false;
            }

            if (pair.Value is YScalar { Value: "true" or "True" or "TRUE" })
            {
                return true;
            }

            if (pair.Value is not YScalar { Value: "false" or "False" or "FALSE" })
            {
                Report(pair.Value, $"{pair.KeyText} must be true or false");
            }

            return false;
        }

        public IEnumerable<string> Strings(YPair? pair) => Scalars(pair).Select(s => s.Value);

        public List<(string Name, YNode Node)> Names(YPair? pair, IReadOnlySet<string> known)
        {
            var names = new List<(string, YNode)>();
            foreach (var scalar in Scalars(pair))
            {
                if (known.Contains(scalar.Value))
                {
                    names.Add((scalar.Value, scalar));
                }
                else
                {
                    Report(scalar, $"no check named '{scalar.Value}'");
                }
            }

            return names;
        }

        private List<YScalar> Scalars(YPair? pair)
        {
            if (pair is null || pair.Value is YScalar { IsNull: true })
            {
                return [];
            }

            if (pair.Value is not YSequence list)
            {
                Report(pair.Value, $"{pair.KeyText} must be a list");
                return [];
            }

            foreach (var item in list.Items.Where(i => i is not YScalar))
            {
                Report(item, $"{pair.KeyText} must be a list of strings");
            }

            return list.Items.OfType<YScalar>().ToList();
        }
    }
}
