namespace IacTest.Lint.Rules;

/// <summary>
/// A set of rules, found by code or name: the engine's (<c>BuiltInRules.Catalog</c>), or one family's. Codes are
/// checked for uniqueness when the catalog loads.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, LintRule> _byKey;

    /// <summary>Creates a catalog of the given rules.</summary>
    public RuleCatalog(IEnumerable<LintRule> rules)
    {
        Rules = rules.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        _byKey = new Dictionary<string, LintRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            if (!_byKey.TryAdd(rule.Code, rule))
            {
                throw new InvalidOperationException($"Two rules share the code {rule.Code}: {_byKey[rule.Code].Name} and {rule.Name}.");
            }

            // Two families may share a name (yamllint's and ansible-lint's); the code stays the unique key.
            _byKey.TryAdd(rule.Name, rule);
        }
    }

    /// <summary>The rules, ordered by code.</summary>
    public IReadOnlyList<LintRule> Rules { get; }

    /// <summary>Finds a rule by code or name (a sub-id is ignored: <c>fqcn[action-core]</c> finds <c>fqcn</c>).</summary>
    public LintRule? Find(string codeOrName)
    {
        var bracket = codeOrName.IndexOf('[', StringComparison.Ordinal);
        var key = bracket < 0 ? codeOrName : codeOrName[..bracket];
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>Finds a rule of a family by name, for configuration files that speak one tool's names.</summary>
    public LintRule? Find(string name, RuleFamily family)
    {
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        var key = bracket < 0 ? name : name[..bracket];
        return Rules.FirstOrDefault(r => r.Family == family && string.Equals(r.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? (string.Equals(Find(key)?.Code, key, StringComparison.OrdinalIgnoreCase) ? Find(key) : null);
    }
}
