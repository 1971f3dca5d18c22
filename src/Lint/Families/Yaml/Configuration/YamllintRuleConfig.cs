using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Families.Yaml.Configuration;

/// <summary>One enabled rule of a yamllint configuration: its level, options and ignores.</summary>
internal sealed class YamllintRuleConfig
{
    public Severity? Level { get; set; }

    public Dictionary<string, object?> Options { get; } = new(StringComparer.Ordinal);

    public List<string>? Ignore { get; set; }

    public YamllintRuleConfig Clone()
    {
        var copy = new YamllintRuleConfig { Level = Level, Ignore = Ignore is null ? null : [.. Ignore] };
        foreach (var (key, value) in Options)
        {
            copy.Options[key] = value;
        }

        return copy;
    }

    /// <summary>yamllint's <c>dict.update</c> of a base rule with a child's settings.</summary>
    public void Update(YamllintRuleConfig child)
    {
        Level = child.Level ?? Level;
        foreach (var (key, value) in child.Options)
        {
            Options[key] = value;
        }

        Ignore = child.Ignore ?? Ignore;
    }
}
