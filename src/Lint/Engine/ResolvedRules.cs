using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Engine;

/// <summary>The rules that run under a configuration, each with its effective severity, options and ignores.</summary>
internal sealed class ResolvedRules
{
    private readonly LintConfiguration _configuration;

    // Built on first use: most runs lint no Ansible content, or only files from the cache.
    private readonly Lazy<IReadOnlyList<ResolvedRule>>? _ansibleContentRules;

    private ResolvedRules(LintConfiguration configuration, IReadOnlyList<ResolvedRule> rules, Lazy<IReadOnlyList<ResolvedRule>>? ansibleContentRules)
    {
        _configuration = configuration;
        Rules = rules;
        _ansibleContentRules = ansibleContentRules;
        AnsibleKinds = configuration.AnsibleKinds.Count == 0
            ? null
            : configuration.AnsibleKinds.Select(k => (k.Kind, Families.Ansible.Data.AnsibleKinds.Compile(k.Glob))).ToList();
        NeedsKind = ansibleContentRules is not null
            || rules.Any(r => Enum.GetValues<Classification.FileKind>().Any(kind => !r.Rule.AppliesTo(kind)));
    }

    /// <summary>The rules that run on a file that is not Ansible content (or on every file when <see cref="AnsibleContentRules"/> is null).</summary>
    public IReadOnlyList<ResolvedRule> Rules { get; }

    /// <summary>
    /// The rules that run on Ansible content: the same, except yamllint's rules under the settings ansible-lint's
    /// <c>yaml</c> rule uses; null when they are the same as <see cref="Rules"/>.
    /// </summary>
    public IReadOnlyList<ResolvedRule>? AnsibleContentRules => _ansibleContentRules?.Value;

    /// <summary>
    /// Whether some rule runs only on some kinds of file: when none does (yamllint's rules alone), files are not
    /// classified at all.
    /// </summary>
    public bool NeedsKind { get; }

    /// <summary>The configuration's extra Ansible path kinds, compiled once per run; null when there are none.</summary>
    public IReadOnlyList<(string Kind, System.Text.RegularExpressions.Regex Regex)>? AnsibleKinds { get; }

    /// <summary>The rules to run on a file of <paramref name="kind"/> (null: not classified).</summary>
    public IReadOnlyList<ResolvedRule> RulesFor(Classification.FileKind? kind) =>
        _ansibleContentRules is not null && kind is { } known && Classification.FileKindExtensions.IsAnsible(known) ? _ansibleContentRules.Value : Rules;

    /// <summary>Whether yamllint's configuration leaves <paramref name="path"/> out of its rules (and its syntax check).</summary>
    public bool IsYamllintIgnored(string path) =>
        _configuration.YamllintIgnore.Count > 0 && PathPattern.IsIgnored(_configuration.YamllintIgnore, path);

    public static ResolvedRules Resolve(RuleCatalog catalog, LintConfiguration configuration)
    {
        var rules = ResolveList(catalog, configuration, yamlOverlay: null);
        var ansibleOn = !configuration.Families.TryGetValue(RuleFamily.Ansible, out var on) || on;
        var ansibleContent = configuration.AnsibleYamlRules is { } overlay && ansibleOn
            ? new Lazy<IReadOnlyList<ResolvedRule>>(() => ResolveList(catalog, configuration, overlay))
            : null;
        return new ResolvedRules(configuration, rules, ansibleContent);
    }

    private static List<ResolvedRule> ResolveList(RuleCatalog catalog, LintConfiguration configuration, Dictionary<string, RuleSettings>? yamlOverlay)
    {
        var rules = new List<ResolvedRule>();
        foreach (var rule in catalog.Rules)
        {
            if (configuration.Families.TryGetValue(rule.Family, out var familyOn) && !familyOn)
            {
                continue;
            }

            var settings = new RuleSettings();
            if (configuration.FamilySeverity.TryGetValue(rule.Family, out var familySeverity))
            {
                settings.Severity = familySeverity;
            }

            // yamllint's rules as ansible-lint's yaml rule configures them take the place of yamllint's own settings.
            var byNameSource = yamlOverlay is not null && rule.Family == RuleFamily.Yaml ? yamlOverlay : configuration.Rules;

            // Name first, then code: the code is the MSBuild-side key and wins.
            if (byNameSource.TryGetValue(rule.Name, out var byName) && IsSameFamily(catalog, rule, rule.Name))
            {
                settings.Apply(byName);
            }

            if (configuration.Rules.TryGetValue(rule.Code, out var byCode))
            {
                settings.Apply(byCode);
            }

            if (!(settings.Enabled ?? rule.EnabledByDefault))
            {
                continue;
            }

            rules.Add(new ResolvedRule(rule, settings.Severity ?? rule.DefaultSeverity, new RuleOptionValues(rule.Options, settings.Options), settings.Ignore));
        }

        return rules;
    }

    /// <summary>Applies settings keyed by a sub-id (<c>fqcn[action-core]</c>); null when that sub-id is disabled.</summary>
    public LintDiagnostic? ApplySubRuleSettings(LintDiagnostic diagnostic)
    {
        if (diagnostic.Rule == diagnostic.BaseRule || !_configuration.Rules.TryGetValue(diagnostic.Rule, out var settings))
        {
            return diagnostic;
        }

        if (settings.Enabled == false)
        {
            return null;
        }

        return settings.Severity is { } severity ? diagnostic with { Severity = severity } : diagnostic;
    }

    private static bool IsSameFamily(RuleCatalog catalog, LintRule rule, string name) =>
        ReferenceEquals(catalog.Find(name, rule.Family), rule);
}

/// <summary>One rule ready to run.</summary>
internal sealed record ResolvedRule(LintRule Rule, Severity Severity, RuleOptionValues Options, IReadOnlyList<PathPattern> Ignore);
