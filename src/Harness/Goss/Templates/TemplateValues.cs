using System.Collections;
using System.Globalization;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>How template values print, convert and count as true — following Go's text/template and fmt.</summary>
internal static class TemplateValues
{
    /// <summary>The text of a value as <c>{{ . }}</c> prints it (a secret as itself: it goes into the check).</summary>
    public static string Print(object? value) => value switch
    {
        null => "",
        string text => text,
        SecretValue secret => secret.Reveal(),
        bool flag => flag ? "true" : "false",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double real => FormatReal(real),
        DateTimeOffset time => GoTimeLayout.Print(time, GoTimeLayout.ZoneName(time)),
        IReadOnlyDictionary<string, object?> map => "map[" + string.Join(" ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Print(p.Value))) + "]",
        IEnumerable list => "[" + string.Join(" ", list.Cast<object?>().Select(Print)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Go's %v of a float: the shortest text that reads back, without a trailing ".0".</summary>
    public static string FormatReal(double real) => real.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Go's truth: false, 0, nil and empty text, lists and maps are false.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        SecretValue secret => secret.Reveal().Length > 0,
        long number => number != 0,
        int number => number != 0,
        double real => real != 0,
        IReadOnlyDictionary<string, object?> map => map.Count > 0,
        IEnumerable list => list.Cast<object?>().Any(),
        _ => true,
    };

    /// <summary>A value as text for a function that wants text.</summary>
    public static string Text(object? value) => Print(value);

    /// <summary>A value as a number, or null when it is not one (text that reads as a number counts).</summary>
    public static double? Number(object? value) => value switch
    {
        long number => number,
        int number => number,
        double real => real,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A value as a list (a single value is a list of one; nil is empty).</summary>
    public static List<object?> List(object? value) => value switch
    {
        null => [],
        string or SecretValue => [value],
        IReadOnlyDictionary<string, object?> map => map.Values.ToList(),
        IEnumerable list => list.Cast<object?>().ToList(),
        _ => [value],
    };

    /// <summary>For messages: the kind of value, never its content (it may be a secret).</summary>
    public static string Describe(object? value) => value switch
    {
        null => "nil",
        string => "a text",
        SecretValue => "a secret",
        bool => "a bool",
        long or int or double => "a number",
        SemverValue => "a version",
        IReadOnlyDictionary<string, object?> => "a map",
        IEnumerable => "a list",
        _ => value.GetType().Name,
    };

    /// <summary>Go-style equality, lenient about numbers held as text (a vars file's "8080" equals 8080).</summary>
    public static bool Equal(object? left, object? right)
    {
        if (left is SecretValue || right is SecretValue || left is string || right is string)
        {
            if (Number(left) is { } a && Number(right) is { } b && (left is not string || right is not string))
            {
                return a == b;
            }

            return (left is null && right is null) || (left is not null && right is not null && Print(left) == Print(right));
        }

        if (Number(left) is { } x && Number(right) is { } y)
        {
            return x == y;
        }

        return Equals(left, right);
    }
}
