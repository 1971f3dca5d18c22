using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Configuration;

/// <summary>
/// The effective configuration of a run: per-rule settings (by name or code), paths to ignore and which files
/// count as YAML. Layers merge in order — defaults, then <c>.yamllint</c>, <c>.ansible-lint</c>, then MSBuild.
/// </summary>
public sealed class LintConfiguration
{
    /// <summary>Settings keyed by rule name (<c>line-length</c>), rule name with sub-id or code (<c>IAC0117</c>).</summary>
    public Dictionary<string, RuleSettings> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Paths no rule looks at (ansible-lint's <c>exclude_paths</c>, the default items' exclusions).</summary>
    public List<PathPattern> Ignore { get; } = [];

    /// <summary>
    /// Paths yamllint's rules do not look at (a yamllint configuration's global <c>ignore</c>): yamllint's own
    /// setting, so the Ansible, Kubernetes and other rules still lint those files.
    /// </summary>
    public List<PathPattern> YamllintIgnore { get; } = [];

    /// <summary>
    /// The yamllint rule settings ansible-lint's <c>yaml</c> rule lints Ansible content with (its own yamllint
    /// configuration, extended by a project's yamllint file), keyed by rule name; null when Ansible content is
    /// linted with the same yamllint settings as any YAML (ansible-lint not configured to run its <c>yaml</c> rule).
    /// </summary>
    public Dictionary<string, RuleSettings>? AnsibleYamlRules { get; set; }

    /// <summary>Patterns of file names that are linted as YAML (yamllint's <c>yaml-files</c>).</summary>
    public List<string> YamlFiles { get; } = ["*.yaml", "*.yml", ".yamllint"];

    /// <summary>Whether a rule family is switched on at all (e.g. Ansible rules off for a Kubernetes repo).</summary>
    public Dictionary<RuleFamily, bool> Families { get; } = [];

    /// <summary>Severity for every finding of a family with no severity of its own (null: the rule's).</summary>
    public Dictionary<RuleFamily, Severity> FamilySeverity { get; } = [];

    /// <summary>Files larger than this are reported as skipped rather than linted.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Documents nested deeper than this get token rules only; structural rules skip them with a note.</summary>
    public int MaxStructuralDepth { get; set; } = 1000;

    /// <summary>
    /// Findings reported per file; past it one summary says how many more there are. Zero or less: no limit.
    /// </summary>
    public int MaxFindingsPerFile { get; set; } = 1000;

    /// <summary>
    /// Extra Ansible path kinds (ansible-lint's <c>kinds</c> setting): (kind name, glob) pairs tried before the
    /// defaults, in order.
    /// </summary>
    public List<(string Kind, string Glob)> AnsibleKinds { get; } = [];

    /// <summary>A text that changes whenever the configuration changes (for caches).</summary>
    public string Fingerprint()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var (key, settings) in Rules.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            AppendSettings(builder.Append(key).Append('='), settings);
        }

        foreach (var ignore in Ignore)
        {
            builder.Append("ignore:").Append(ignore.BaseDirectory).Append(ignore.Pattern).Append(';');
        }

        foreach (var ignore in YamllintIgnore)
        {
            builder.Append("yamllint-ignore:").Append(ignore.BaseDirectory).Append(ignore.Pattern).Append(';');
        }

        if (AnsibleYamlRules is not null)
        {
            builder.Append("ansible-yaml:");
            foreach (var (key, settings) in AnsibleYamlRules.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                AppendSettings(builder.Append(key).Append('='), settings);
            }
        }

        builder.Append(string.Join('|', YamlFiles)).Append(';');
        foreach (var (family, on) in Families.OrderBy(f => f.Key))
        {
            builder.Append(family).Append(on).Append(';');
        }

        foreach (var (family, severity) in FamilySeverity.OrderBy(f => f.Key))
        {
            builder.Append(family).Append(severity).Append(';');
        }

        foreach (var (kind, glob) in AnsibleKinds)
        {
            builder.Append("kind:").Append(kind).Append('=').Append(glob).Append(';');
        }

        builder.Append(MaxFileBytes).Append(';').Append(MaxStructuralDepth).Append(';').Append(MaxFindingsPerFile);
        return builder.ToString();
    }

    private static void AppendSettings(System.Text.StringBuilder builder, RuleSettings settings)
    {
        builder.Append(settings.Enabled).Append(',').Append(settings.Severity);
        foreach (var (name, value) in settings.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            builder.Append(',').Append(name).Append(':').Append(value is string ? value : value is System.Collections.IEnumerable list ? string.Join('|', list.Cast<object?>()) : value);
        }

        foreach (var ignore in settings.Ignore)
        {
            builder.Append(",i:").Append(ignore.BaseDirectory).Append(ignore.Pattern);
        }

        builder.Append(';');
    }

    /// <summary>The settings for a key, created when missing.</summary>
    public RuleSettings For(string ruleNameOrCode)
    {
        if (!Rules.TryGetValue(ruleNameOrCode, out var settings))
        {
            settings = new RuleSettings();
            Rules[ruleNameOrCode] = settings;
        }

        return settings;
    }

    /// <summary>Layers <paramref name="other"/> over this configuration.</summary>
    public void Apply(LintConfiguration other)
    {
        foreach (var (key, settings) in other.Rules)
        {
            For(key).Apply(settings);
        }

        Ignore.AddRange(other.Ignore);
        YamllintIgnore.AddRange(other.YamllintIgnore);
        AnsibleYamlRules = other.AnsibleYamlRules ?? AnsibleYamlRules;
        if (!other.YamlFiles.SequenceEqual(new LintConfiguration().YamlFiles))
        {
            YamlFiles.Clear();
            YamlFiles.AddRange(other.YamlFiles);
        }

        foreach (var (family, on) in other.Families)
        {
            Families[family] = on;
        }

        foreach (var (family, severity) in other.FamilySeverity)
        {
            FamilySeverity[family] = severity;
        }
    }
}
