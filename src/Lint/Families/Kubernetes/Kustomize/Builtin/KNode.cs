namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// A node of an object being rendered, typed as Kustomize holds it after its JSON round trip: a mapping, a list, or a
/// scalar that is a string, an integer, a float, a boolean or null. Mutable: the transformers change it in place.
/// </summary>
internal abstract class KNode
{
    /// <summary>A deep copy.</summary>
    public abstract KNode Clone();
}

/// <summary>A mapping; the order of its keys does not matter, the writer sorts them.</summary>
internal sealed class KMap : KNode
{
    public Dictionary<string, KNode> Entries { get; } = new(StringComparer.Ordinal);

    public KNode? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;

    public KMap? Map(string key) => this[key] as KMap;

    public KList? List(string key) => this[key] as KList;

    public string? String(string key) => this[key] is KScalar { Type: KScalarType.String } scalar ? scalar.Text : null;

    /// <summary>The mapping under <paramref name="key"/>, created when missing (or replacing a null).</summary>
    public KMap GetOrAddMap(string key)
    {
        if (this[key] is KMap existing)
        {
            return existing;
        }

        var created = new KMap();
        Entries[key] = created;
        return created;
    }

    public override KNode Clone()
    {
        var copy = new KMap();
        foreach (var (key, value) in Entries)
        {
            copy.Entries[key] = value.Clone();
        }

        return copy;
    }
}

/// <summary>A list.</summary>
internal sealed class KList : KNode
{
    public List<KNode> Items { get; } = [];

    public override KNode Clone()
    {
        var copy = new KList();
        copy.Items.AddRange(Items.Select(i => i.Clone()));
        return copy;
    }
}

/// <summary>The types a scalar has after Kustomize's JSON round trip.</summary>
internal enum KScalarType
{
    String,
    Int,
    Float,
    Bool,
    Null,
}

/// <summary>A scalar: its type and its canonical text (the string itself, or the number as JSON writes it).</summary>
internal sealed class KScalar(KScalarType type, string text) : KNode
{
    public static KScalar Null { get; } = new(KScalarType.Null, "null");

    public KScalarType Type { get; } = type;

    public string Text { get; } = text;

    public static KScalar Of(string value) => new(KScalarType.String, value);

    public static KScalar Of(long value) => new(KScalarType.Int, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override KNode Clone() => this;
}
