using System.Text.RegularExpressions;

namespace IacTest.Harness.Snapshots;

/// <summary>
/// Replacements for values that change on every run, applied before a snapshot is compared. Numbered
/// placeholders (<c>Guid_1</c>, <c>Guid_2</c>, …) keep "same value" and "different value" visible.
/// </summary>
public static partial class Scrubbers
{
    /// <summary>GUIDs become <c>Guid_1</c>, <c>Guid_2</c>, … in order of first appearance.</summary>
    public static Func<string, string> Guids { get; } = text => Numbered(GuidPattern(), text, "Guid");

    /// <summary>ISO-8601 date-times (<c>2024-05-01T10:00:00Z</c>, with fractions and offsets) become <c>DateTime_1</c>, ….</summary>
    public static Func<string, string> IsoTimestamps { get; } = text => Numbered(IsoPattern(), text, "DateTime");

    /// <summary>Every match of <paramref name="pattern"/> becomes <paramref name="replacement"/>.</summary>
    public static Func<string, string> Pattern(string pattern, string replacement)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
        return text => regex.Replace(text, replacement);
    }

    /// <summary>Every occurrence of <paramref name="value"/> (a temp folder, a host name) becomes <paramref name="replacement"/>.</summary>
    public static Func<string, string> Literal(string value, string replacement) =>
        text => value.Length == 0 ? text : text.Replace(value, replacement, StringComparison.Ordinal);

    private static string Numbered(Regex pattern, string text, string name)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return pattern.Replace(text, match =>
        {
            if (!seen.TryGetValue(match.Value, out var number))
            {
                number = seen.Count + 1;
                seen[match.Value] = number;
            }

            return $"{name}_{number}";
        });
    }

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex IsoPattern();
}
