using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Configuration;

/// <summary>What configuration says about one rule; null members leave the rule's default.</summary>
public sealed class RuleSettings
{
    /// <summary>Whether the rule runs; null keeps the rule's default.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The severity; null keeps the rule's default.</summary>
    public Severity? Severity { get; set; }

    /// <summary>Option values over the rule's defaults.</summary>
    public Dictionary<string, object?> Options { get; } = new(StringComparer.Ordinal);

    /// <summary>Paths this rule ignores (gitignore patterns).</summary>
    public List<PathPattern> Ignore { get; } = [];

    /// <summary>Copies <paramref name="other"/>'s settings over these (set members only).</summary>
    public void Apply(RuleSettings other)
    {
        Enabled = other.Enabled ?? Enabled;
        Severity = other.Severity ?? Severity;
        foreach (var (name, value) in other.Options)
        {
            Options[name] = value;
        }

        Ignore.AddRange(other.Ignore);
    }
}
