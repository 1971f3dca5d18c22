using System.Globalization;

namespace IacTest.Lint.Rules;

/// <summary>The effective option values of a rule: configured values over the declared defaults.</summary>
public sealed class RuleOptionValues
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    /// <summary>Creates values from declared options and configured overrides.</summary>
    public RuleOptionValues(IReadOnlyList<RuleOption> declared, IReadOnlyDictionary<string, object?>? configured)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var option in declared)
        {
            values[option.Name] = option.Default;
        }

        if (configured is not null)
        {
            foreach (var (name, value) in configured)
            {
                values[name] = value;
            }
        }

        _values = values;
    }

    /// <summary>The raw value (bool, int, string, string[] or null).</summary>
    public object? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>A boolean option.</summary>
    public bool Bool(string name) => this[name] switch
    {
        bool b => b,
        string s => s.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>An integer option.</summary>
    public int Int(string name) => this[name] switch
    {
        int i => i,
        long l => (int)l,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0,
    };

    /// <summary>A string option (null when unset).</summary>
    public string? String(string name) => this[name] switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>A string-list option (empty when unset).</summary>
    public IReadOnlyList<string> List(string name) => this[name] switch
    {
        IReadOnlyList<string> list => list,
        IEnumerable<object?> objects => objects.Select(o => o?.ToString() ?? string.Empty).ToArray(),
        string s => [s],
        _ => [],
    };

    /// <summary>Whether the option holds an integer (for options that take an integer or a word).</summary>
    public bool IsInt(string name) => this[name] is int or long;
}
