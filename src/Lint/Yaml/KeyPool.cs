namespace IacTest.Lint.Yaml;

/// <summary>
/// One string per distinct mapping key of a parse: keys repeat on every item of a list of mappings (<c>name</c>,
/// <c>image</c>, <c>port</c>…), and a string per occurrence, in the tokens and in the tree, was a tenth of a big
/// file's memory. Long keys (rarely repeated) and keys past the pool's size are kept as they come, so the pool stays
/// small whatever the file.
/// </summary>
internal sealed class KeyPool
{
    private const int MaxKeys = 1 << 14;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly int _maxLength;

    /// <summary>A pool of strings up to <paramref name="maxLength"/> characters (mapping keys: 64).</summary>
    public KeyPool(int maxLength = 64) => _maxLength = maxLength;

    /// <summary>The pooled string equal to <paramref name="key"/>, which is pooled when new.</summary>
    public string Intern(string key) => Intern(key, out _);

    /// <summary>
    /// The pooled string equal to <paramref name="key"/>, which is pooled when new; <paramref name="pooled"/> tells
    /// whether the string returned is the pool's (other nodes may share it) or only <paramref name="key"/>.
    /// </summary>
    public string Intern(string key, out bool pooled)
    {
        pooled = false;
        if (key.Length > _maxLength)
        {
            return key;
        }

        if (_keys.TryGetValue(key, out var shared))
        {
            pooled = true;
            return shared;
        }

        if (_keys.Count < MaxKeys)
        {
            _keys.Add(key);
            pooled = true;
        }

        return key;
    }
}
