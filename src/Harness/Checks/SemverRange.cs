namespace IacTest.Harness.Checks;

/// <summary>
/// A version range in the syntax goss's <c>semver-constraint</c> reads (blang/semver's ranges): comparisons
/// <c>&lt; &lt;= &gt; &gt;= = == != !</c> or none (equal), joined by spaces (and) and <c>||</c> (or, lower
/// precedence, no brackets); an operator may be followed by spaces; an <c>x</c> wildcard widens a version
/// (<c>1.2.x</c> is <c>&gt;=1.2.0 &lt;1.3.0</c>, <c>&gt;1.x</c> is <c>&gt;=2.0.0</c>).
/// </summary>
internal sealed class SemverRange
{
    private readonly IReadOnlyList<IReadOnlyList<(string Operator, SemanticVersion Version)>> _alternatives;

    private SemverRange(IReadOnlyList<IReadOnlyList<(string, SemanticVersion)>> alternatives) => _alternatives = alternatives;

    /// <summary>Whether <paramref name="version"/> is in the range.</summary>
    public bool Contains(SemanticVersion version) =>
        _alternatives.Any(all => all.All(c => Compare(c.Operator, version.CompareTo(c.Version))));

    /// <summary>Parses <paramref name="text"/>; null with <paramref name="error"/> set when it is not a range.</summary>
    public static SemverRange? Parse(string text, out string? error)
    {
        error = null;
        var parts = Split(text);
        var alternatives = new List<IReadOnlyList<(string, SemanticVersion)>>();
        var current = new List<(string, SemanticVersion)>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == "||")
            {
                if (current.Count == 0 || i == parts.Count - 1)
                {
                    error = $"'||' at the {(current.Count == 0 ? "start" : "end")} of a part";
                    return null;
                }

                alternatives.Add(current);
                current = [];
                continue;
            }

            foreach (var comparison in Expand(parts[i]))
            {
                var digit = comparison.IndexOfAny("0123456789".ToCharArray());
                if (digit < 0)
                {
                    error = $"no version in '{parts[i]}'";
                    return null;
                }

                var op = comparison[..digit].Trim();
                if (op is not ("" or "=" or "==" or ">" or ">=" or "<" or "<=" or "!" or "!="))
                {
                    error = $"unknown comparison '{op}' in '{parts[i]}'";
                    return null;
                }

                if (SemanticVersion.Parse(comparison[digit..]) is not { } version)
                {
                    error = $"'{comparison[digit..]}' in '{parts[i]}' is not a version such as 1.2.3";
                    return null;
                }

                current.Add((op, version));
            }
        }

        if (current.Count == 0)
        {
            error = "an empty range";
            return null;
        }

        alternatives.Add(current);
        return new SemverRange(alternatives);
    }

    private static bool Compare(string op, int order) => op switch
    {
        ">" => order > 0,
        ">=" => order >= 0,
        "<" => order < 0,
        "<=" => order <= 0,
        "!" or "!=" => order != 0,
        _ => order == 0,
    };

    // Spaces split the range, except right after an operator character (">= 1.0.0" is one comparison).
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var last = '\0';
        foreach (var c in text)
        {
            if (c == ' ' && last is not ('>' or '<' or '='))
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
            }
            else if (c != ' ')
            {
                current.Append(c);
                last = c;
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    // A wildcard becomes plain comparisons the way blang/semver expands it, quirks included: the wildcard's kind
    // comes from the number of parts (1.2.x and 1.x.x both widen the minor version: 1.x.x is >=1.0.0 <1.1.0), and
    // "!=1.x" becomes "<1.0.0 >=2.0.0" in the same and-group, which no version satisfies.
    private static IEnumerable<string> Expand(string part)
    {
        var digit = part.IndexOfAny("0123456789".ToCharArray());
        if (!part.Contains('x', StringComparison.Ordinal) || digit < 0)
        {
            return [part];
        }

        var op = part[..digit].Trim();
        var version = part[digit..];
        var numbers = version.Split('.');
        var widens = numbers[^1] != "x" ? -1 : numbers.Length == 3 ? 1 : numbers.Length == 2 ? 0 : -1; // index of the number that goes up
        var flat = version.Replace(".x.x", ".x", StringComparison.Ordinal);
        var at = flat.IndexOf(".x", StringComparison.Ordinal);
        flat = at >= 0 ? flat[..at] + ".0" + flat[(at + 2)..] : flat;
        if (flat.Split('.').Length == 2)
        {
            flat += ".0";
        }

        var next = widens < 0 ? "" : Increment(flat, widens);
        return op switch
        {
            ">" => [">=" + next],
            ">=" => [">=" + flat],
            "<" => ["<" + flat],
            "<=" => ["<" + next],
            "" or "=" or "==" => [">=" + flat, "<" + next],
            "!=" or "!" => ["<" + flat, ">=" + next],
            _ => [part],
        };
    }

    private static string Increment(string version, int index)
    {
        var numbers = version.Split('.');
        if (long.TryParse(numbers[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            numbers[index] = (value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join('.', numbers);
    }
}
