using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Suppressions;

/// <summary>Which findings one suppression covers: a family's rules, all of them or the named ones.</summary>
internal sealed class SuppressionScope
{
    private readonly HashSet<string> _names;

    public SuppressionScope(IEnumerable<RuleFamily> families, IEnumerable<string> names)
    {
        Families = families.ToHashSet();
        _names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }

    public HashSet<RuleFamily> Families { get; }

    public bool AllRules => _names.Count == 0;

    public bool Covers(LintDiagnostic diagnostic, RuleFamily family)
    {
        if (!Families.Contains(family) || diagnostic.Code is EngineRules.LoadFailureCode or EngineRules.ConfigCode)
        {
            return false;
        }

        if (AllRules)
        {
            return true;
        }

        // "yaml" and "yaml[rule]" are how ansible-lint names yamllint's findings in noqa comments.
        return _names.Contains(diagnostic.Rule) || _names.Contains(diagnostic.BaseRule) || _names.Contains(diagnostic.Code)
            || (family == RuleFamily.Yaml && (_names.Contains("yaml") || _names.Contains($"yaml[{diagnostic.Rule}]")));
    }
}
