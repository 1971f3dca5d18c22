using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Rules;
using IacTest.Lint.Families.Yaml.Configuration;
using IacTest.Lint.Families.Yaml.Rules;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Configuration;

/// <summary>
/// Reads ansible-lint's configuration: <c>.ansible-lint</c> or <c>.config/ansible-lint.yml</c> (found from the request's
/// folder upwards, or named explicitly) with <c>profile</c>, <c>skip_list</c>, <c>warn_list</c>, <c>enable_list</c>,
/// <c>exclude_paths</c>, <c>kinds</c>, <c>var_naming_pattern</c> and <c>loop_var_prefix</c>, and the yamllint settings
/// its <c>yaml</c> rule lints Ansible content with; and <c>.ansible-lint-ignore</c>
/// (<c>path rule</c> lines). Anything invalid is an IAC0003 finding positioned in the file.
/// </summary>
internal sealed class AnsibleLintConfigurationSource : IConfigurationSource
{
    private static readonly HashSet<string> KnownKeys = ["skip_list", "warn_list", "enable_list", "exclude_paths", "profile", "kinds", "var_naming_pattern",
        "loop_var_prefix", "offline", "use_default_rules", "rulesdir", "mock_modules", "mock_roles", "mock_filters", "verbosity", "quiet", "parseable",
        "strict", "extra_vars", "task_name_prefix", "only_builtins_allow_collections", "only_builtins_allow_modules", "write_list", "tags", "skip_action_validation",
        "project_dir", "rules", "max_block_depth", "progressive", "colored", "display_relative_path", "sarif_file", "cache_dir"];

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        // Ansible content is linted with yamllint's rules as ansible-lint's yaml rule configures them.
        configuration.AnsibleYamlRules = YamllintConfigurationSource.AnsibleLintYamlRules(request);
        var path = request.AnsibleLintConfigFile ?? (request.Discover ? Find(request.Directory) : null);
        if (path is null || !ConfigurationProbes.FileExists(path))
        {
            if (request.AnsibleLintConfigFile is not null)
            {
                problems.Add(Problem(request.AnsibleLintConfigFile, 1, 1, "the ansible-lint configuration file does not exist"));
            }

            return [];
        }

        var files = new List<string> { path };
        var text = ConfigurationProbes.ReadAllText(path);
        var (documents, error) = YamlTree.Parse(text);
        if (error is not null)
        {
            problems.Add(Problem(path, error.Position.Line, error.Position.Column, $"invalid YAML: {error.Message}"));
            return files;
        }

        var root = documents.Count > 0 ? documents[0].Root : null;
        if (root is YScalar { IsNull: true } || root is null)
        {
            return files;
        }

        if (root is not YMapping mapping)
        {
            problems.Add(Problem(path, root.Start.Line, root.Start.Column, "the configuration must be a mapping"));
            return files;
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? request.Directory;
        if (Path.GetFileName(baseDirectory) == ".config")
        {
            baseDirectory = Path.GetDirectoryName(baseDirectory) ?? baseDirectory;
        }

        var skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? profile = null;
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.KeyText ?? string.Empty;
            if (!KnownKeys.Contains(key))
            {
                problems.Add(Problem(path, pair.Key.Start.Line, pair.Key.Start.Column, $"unknown ansible-lint setting '{key}'"));
                continue;
            }

            switch (key)
            {
                case "skip_list":
                    foreach (var rule in Strings(path, pair, problems))
                    {
                        configuration.For(RuleKey(rule)).Enabled = false;
                        skipped.Add(rule);
                    }

                    break;
                case "warn_list":
                    foreach (var rule in Strings(path, pair, problems))
                    {
                        configuration.For(RuleKey(rule)).Severity = Severity.Warning;
                    }

                    break;
                case "enable_list":
                    foreach (var rule in Strings(path, pair, problems))
                    {
                        configuration.For(RuleKey(rule)).Enabled = true;
                    }

                    break;
                case "exclude_paths":
                    foreach (var pattern in Strings(path, pair, problems))
                    {
                        configuration.Ignore.Add(new PathPattern(pattern, baseDirectory));
                    }

                    break;
                case "profile":
                    // The schema allows null: no profile, the default rule set.
                    if (pair.Value is YScalar { IsNull: true })
                    {
                        profile = null;
                    }
                    else if (pair.Value is YScalar { Value: var name } && AnsibleLintProfiles.Names.Contains(name))
                    {
                        profile = name;
                    }
                    else
                    {
                        problems.Add(Problem(path, pair.Value.Start.Line, pair.Value.Start.Column,
                            $"profile must be one of {string.Join(", ", AnsibleLintProfiles.Names)} or null"));
                    }

                    break;
                case "kinds":
                    ReadKinds(path, pair, configuration, problems);
                    break;
                case "var_naming_pattern":
                case "loop_var_prefix":
                    if (pair.Value is not YScalar { IsNull: false } regex)
                    {
                        problems.Add(Problem(path, pair.Value.Start.Line, pair.Value.Start.Column, $"{key} must be a regular expression"));
                        break;
                    }

                    var ruleName = key == "var_naming_pattern" ? "var-naming" : "loop-var-prefix";
                    configuration.For(ruleName).Options[key] = regex.Value;
                    if (key == "loop_var_prefix")
                    {
                        // ansible-lint's loop-var-prefix is not opt-in: it reports as soon as a prefix is configured.
                        configuration.For(RuleKey(ruleName)).Enabled ??= true;
                    }

                    break;
            }
        }

        if (profile is not null)
        {
            ApplyProfile(profile, skipped, configuration);
        }

        if (skipped.Contains("yaml") || (profile is not null && !AnsibleLintProfiles.RulesOf(profile).Contains("yaml")))
        {
            // ansible-lint does not run yamllint here: Ansible content keeps yamllint's own view where the project
            // has a yamllint file (it runs yamllint too), and gets no yamllint rule where it has none.
            configuration.AnsibleYamlRules = YamllintConfigurationSource.Locate(request) is null ? AllYamlRulesOff() : null;
        }

        var ignore = Path.Combine(baseDirectory, ".ansible-lint-ignore");
        if (ConfigurationProbes.FileExists(ignore))
        {
            files.Add(ignore);
            ReadIgnoreFile(ignore, baseDirectory, configuration, problems);
        }

        return files;
    }

    /// <summary>
    /// ansible-lint 6.13.1's profile filter: the rules of the profile's chain run (opt-in ones too), every other
    /// rule is unloaded, whatever <c>enable_list</c> says; <c>skip_list</c> still turns a profile's rule off.
    /// </summary>
    private static void ApplyProfile(string profile, HashSet<string> skipped, LintConfiguration configuration)
    {
        var selected = AnsibleLintProfiles.RulesOf(profile);
        foreach (var rule in AnsibleRules.Catalog.Rules.Where(r => r.Family == RuleFamily.Ansible))
        {
            var settings = configuration.For(rule.Code);
            if (!selected.Contains(rule.Name))
            {
                settings.Enabled = false;
            }
            else if (!skipped.Contains(rule.Name) && !skipped.Contains(rule.Code))
            {
                settings.Enabled = true;
            }
        }
    }

    private static Dictionary<string, RuleSettings> AllYamlRulesOff() =>
        YamlRules.Catalog.Rules.Where(r => r.Family == RuleFamily.Yaml)
            .ToDictionary(r => r.Name, _ => new RuleSettings { Enabled = false }, StringComparer.OrdinalIgnoreCase);

    // kinds: a list of one-key mappings, `- playbook: "**/examples/*.{yml,yaml}"`, tried before the defaults.
    private static void ReadKinds(string path, YPair pair, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        if (pair.Value is not YSequence sequence)
        {
            problems.Add(Problem(path, pair.Value.Start.Line, pair.Value.Start.Column, "kinds must be a list of 'kind: glob' entries"));
            return;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YMapping { Pairs.Count: 1 } entry || entry.Pairs[0].Value is not YScalar { IsNull: false } glob)
            {
                problems.Add(Problem(path, item.Start.Line, item.Start.Column, "a kinds entry must be one 'kind: glob' pair"));
                continue;
            }

            var kind = entry.Pairs[0].KeyText ?? string.Empty;
            if (!AnsibleKinds.Names.Contains(kind))
            {
                var key = entry.Pairs[0].Key;
                problems.Add(Problem(path, key.Start.Line, key.Start.Column,
                    $"unknown kind '{kind}' (known: {string.Join(", ", AnsibleKinds.Names.Order(StringComparer.Ordinal))})"));
                continue;
            }

            configuration.AnsibleKinds.Add((kind, glob.Value));
        }
    }

    private static void ReadIgnoreFile(string path, string baseDirectory, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        var lines = ConfigurationProbes.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                problems.Add(Problem(path, i + 1, 1, "each line must be 'path rule-id'"));
                continue;
            }

            configuration.For(RuleKey(parts[1])).Ignore.Add(new PathPattern("/" + parts[0].TrimStart('/'), baseDirectory));
        }
    }

    /// <summary>Rule names are keyed as the Ansible family's, so <c>yaml</c> or <c>name</c> mean ansible-lint's.</summary>
    private static string RuleKey(string rule) => AnsibleRules.Catalog.Find(rule, RuleFamily.Ansible) is { } found && !rule.Contains('[', StringComparison.Ordinal) ? found.Code : rule;

    private static IEnumerable<string> Strings(string path, YPair pair, List<LintDiagnostic> problems)
    {
        if (pair.Value is YScalar { IsNull: true })
        {
            yield break;
        }

        if (pair.Value is not YSequence list)
        {
            problems.Add(Problem(path, pair.Value.Start.Line, pair.Value.Start.Column, $"{pair.KeyText} must be a list"));
            yield break;
        }

        foreach (var item in list.Items)
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                yield return scalar.Value;
            }
            else
            {
                problems.Add(Problem(path, item.Start.Line, item.Start.Column, $"{pair.KeyText} items must be strings"));
            }
        }
    }

    private static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(current.FullName, ".ansible-lint"), Path.Combine(current.FullName, ".config", "ansible-lint.yml") })
            {
                if (ConfigurationProbes.FileExists(candidate))
                {
                    return candidate;
                }
            }

            if (ConfigurationProbes.DirectoryExists(Path.Combine(current.FullName, ".git")) || ConfigurationProbes.FileExists(Path.Combine(current.FullName, ".git")))
            {
                break;
            }
        }

        return null;
    }

    private static LintDiagnostic Problem(string path, int line, int column, string message) =>
        new(path, line, column, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, $".ansible-lint: {message}");
}
