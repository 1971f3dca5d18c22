namespace IacTest.Lint.Text;

/// <summary>
/// Case-insensitive search for ASCII words. The runtime's ordinal-ignore-case search runs one character at a time
/// when globalization is invariant (as in the CLI); this finds candidates with a vectorized search instead.
/// </summary>
public static class AsciiSearch
{
    /// <summary>Whether <paramref name="text"/> contains <paramref name="value"/>, ignoring ASCII case.</summary>
    public static bool ContainsIgnoreCase(string text, string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (!IsAscii(value))
        {
            return text.Contains(value, StringComparison.OrdinalIgnoreCase);
        }

        var first = value[0];
        var lower = char.ToLowerInvariant(first);
        var upper = char.ToUpperInvariant(first);
        var span = text.AsSpan();
        var offset = 0;
        while (offset <= span.Length - value.Length)
        {
            var found = span[offset..].IndexOfAny(lower, upper);
            if (found < 0 || offset + found > span.Length - value.Length)
            {
                return false;
            }

            offset += found;
            if (span.Slice(offset, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            offset++;
        }

        return false;
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }
        }

        return true;
    }
}
