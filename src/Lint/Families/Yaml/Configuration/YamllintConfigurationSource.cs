using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Yaml.Rules;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Configuration;

/// <summary>
/// Reads yamllint configuration as yamllint 1.29 finds it: inline data (<c>-d</c>), then a named file (<c>-c</c>),
/// then <c>.yamllint</c>, <c>.yamllint.yaml</c> or <c>.yamllint.yml</c> in the starting folder, then the user's
/// global file (<c>$YAMLLINT_CONFIG_FILE</c>, <c>$XDG_CONFIG_HOME/yamllint/config</c>, <c>~/.config/yamllint/config</c>).
/// With none of them the rules keep their defaults, which are yamllint's <c>default</c> configuration.
/// </summary>
internal sealed class YamllintConfigurationSource : IConfigurationSource
{
    private static readonly string[] ProjectFileNames = [".yamllint", ".yamllint.yaml", ".yamllint.yml"];

    // ansible-lint's own yamllint configuration, parsed once: extending it never changes it.
    private static readonly Lazy<YamllintConfig> AnsibleLintBuiltIn = new(() =>
        YamllintConfig.Parse(YamllintBuiltInConfigs.AnsibleLint, "<ansible-lint yamllint configuration>", string.Empty, YamlRules.Catalog));

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        var catalog = YamlRules.Catalog;
        string content;
        string file;
        if (request.YamllintConfigData is { } data)
        {
            content = data.Length > 0 && !data.Contains(':') ? "extends: " + data : data;
            file = "<inline yamllint configuration>";
        }
        else if (Locate(request) is { } path)
        {
            file = path;
            try
            {
                content = ConfigurationProbes.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem(path, 1, 1, $"cannot read the yamllint configuration: {exception.Message}"));
                return [path];
            }
        }
        else
        {
            return [];
        }

        try
        {
            var config = YamllintConfig.Parse(content, file, request.Directory, catalog);
            ApplyTo(config, catalog, request.Directory, configuration);
        }
        catch (YamllintConfigException exception)
        {
            problems.Add(Problem(exception.File, exception.Line, exception.Column, exception.Message));
        }

        return request.YamllintConfigData is null ? [file] : [];
    }

    /// <summary>The configuration file yamllint would read for <paramref name="request"/>, or null.</summary>
    public static string? Locate(ConfigurationRequest request)
    {
        if (request.YamllintConfigFile is { } named)
        {
            return Path.GetFullPath(named, request.Directory);
        }

        if (!request.Discover)
        {
            return null;
        }

        foreach (var name in ProjectFileNames)
        {
            var candidate = Path.Combine(request.Directory, name);
            if (ConfigurationProbes.FileExists(candidate))
            {
                return candidate;
            }
        }

        var global = Environment.GetEnvironmentVariable("YAMLLINT_CONFIG_FILE") is { Length: > 0 } fromVariable
            ? fromVariable
            : Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
                ? Path.Combine(xdg, "yamllint", "config")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "yamllint", "config");
        return ConfigurationProbes.FileExists(global) ? Path.GetFullPath(global) : null;
    }

    /// <summary>
    /// The yamllint rule settings ansible-lint's <c>yaml</c> rule lints with when run in the request's folder:
    /// ansible-lint's own configuration, extended by the yamllint file found there (or named), if any. Null when
    /// that file is invalid (the yamllint source reports it).
    /// </summary>
    public static Dictionary<string, RuleSettings>? AnsibleLintYamlRules(ConfigurationRequest request)
    {
        var catalog = YamlRules.Catalog;
        try
        {
            var config = AnsibleLintBuiltIn.Value;
            if (Locate(request) is { } path)
            {
                var project = YamllintConfig.Parse(ConfigurationProbes.ReadAllText(path), path, request.Directory, catalog);
                project.ExtendOver(config, catalog);
                config = project;
            }

            var rules = new Dictionary<string, RuleSettings>(StringComparer.OrdinalIgnoreCase);
            ApplyRules(config, catalog, request.Directory, name => rules.TryGetValue(name, out var found) ? found : rules[name] = new RuleSettings());
            return rules;
        }
        catch (Exception exception) when (exception is YamllintConfigException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void ApplyTo(YamllintConfig config, RuleCatalog catalog, string directory, LintConfiguration configuration)
    {
        ApplyRules(config, catalog, directory, configuration.For);
        if (config.Ignore is { } global)
        {
            // yamllint's own ignore: its rules leave these files alone, the other tools' rules still lint them.
            configuration.YamllintIgnore.AddRange(Patterns(global, directory));
        }

        if (config.YamlFiles is { } yamlFiles)
        {
            configuration.YamlFiles.Clear();
            configuration.YamlFiles.AddRange(yamlFiles);
        }
    }

    private static void ApplyRules(YamllintConfig config, RuleCatalog catalog, string directory, Func<string, RuleSettings> settingsFor)
    {
        // yamllint runs exactly the rules its configuration lists: a rule left out is off.
        foreach (var rule in catalog.Rules)
        {
            if (rule.Family != RuleFamily.Yaml)
            {
                continue;
            }

            var settings = settingsFor(rule.Name);
            if (!config.Rules.TryGetValue(rule.Name, out var ruleConfig) || ruleConfig is null)
            {
                settings.Enabled = false;
                continue;
            }

            settings.Enabled = true;
            settings.Severity = ruleConfig.Level ?? Severity.Error;
            foreach (var (name, value) in ruleConfig.Options)
            {
                settings.Options[name] = value;
            }

            if (ruleConfig.Ignore is { } ignore)
            {
                settings.Ignore.AddRange(Patterns(ignore, directory));
            }
        }
    }

    private static IEnumerable<PathPattern> Patterns(IEnumerable<string> lines, string directory) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => new PathPattern(l, directory));

    private static LintDiagnostic Problem(string file, int line, int column, string message) =>
        new(file, Math.Max(1, line), Math.Max(1, column), EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, message);
}
