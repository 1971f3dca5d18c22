namespace IacTest.Harness.Checks;

/// <summary>What a probe found out about one resource: attribute values, plus the commands that told it.</summary>
public sealed class ResourceFacts
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly List<Evidence> _evidence = [];

    /// <summary>The attribute values found (text, long, bool or list of text; null when not applicable).</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>The commands run and their results.</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>Sets an attribute value.</summary>
    public ResourceFacts Set(string attribute, object? value)
    {
        _values[attribute] = value;
        return this;
    }

    /// <summary>Adds evidence.</summary>
    public ResourceFacts Add(Evidence evidence)
    {
        _evidence.Add(evidence);
        return this;
    }
}
