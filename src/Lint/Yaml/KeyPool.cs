namespace IacTest.Lint.Yaml;

/// <summary>
/// One string per distinct mapping key of a parse: keys repeat on every item of a list of mappings (<c>name</c>,
/// <c>image</c>, <c>port</c>…), and a string per occurrence, in the tokens and in the tree, was a tenth of a big
/// file's memory. Long keys (rarely repeated) and keys past the pool's size are kept as they come, so the pool stays
/// small whatever the file.
/// </summary>
internal sealed class KeyPool
{
    private const int MaxKeyLength = 64;
    private const int MaxKeys = 1 << 14;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="key"/>, which is pooled when new.</summary>
    public string Intern(string key)
    {
        if (key.Length > MaxKeyLength)
        {
            return key;
        }

        if (_keys.TryGetValue(key, out var pooled))
        {
            return pooled;
        }

        if (_keys.Count < MaxKeys)
        {
            _keys.Add(key);
        }

        return key;
    }
}
