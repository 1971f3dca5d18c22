using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Engine;

/// <summary>The rules that run under a configuration, each with its effective severity, options and ignores.</summary>
internal sealed class ResolvedRules
{
    private readonly LintConfiguration _configuration;

    private ResolvedRules(LintConfiguration configuration, IReadOnlyList<ResolvedRule> rules)
    {
        _configuration = configuration;
        Rules = rules;
        AnsibleKinds = configuration.AnsibleKinds.Count == 0
            ? null
            : configuration.AnsibleKinds.Select(k => (k.Kind, Ansible.AnsibleKinds.Compile(k.Glob))).ToList();
        NeedsKind = rules.Any(r => Enum.GetValues<Classification.FileKind>().Any(kind => !r.Rule.AppliesTo(kind)));
    }

    public IReadOnlyList<ResolvedRule> Rules { get; }

    /// <summary>
    /// Whether some rule runs only on some kinds of file: when none does (yamllint's rules alone), files are not
    /// classified at all.
    /// </summary>
    public bool NeedsKind { get; }

    /// <summary>The configuration's extra Ansible path kinds, compiled once per run; null when there are none.</summary>
    public IReadOnlyList<(string Kind, System.Text.RegularExpressions.Regex Regex)>? AnsibleKinds { get; }

    public static ResolvedRules Resolve(RuleCatalog catalog, LintConfiguration configuration)
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

            // Name first, then code: the code is the MSBuild-side key and wins.
            if (configuration.Rules.TryGetValue(rule.Name, out var byName) && IsSameFamily(catalog, rule, rule.Name))
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

        return new ResolvedRules(configuration, rules);
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
