using System.Globalization;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Go's reference-time layouts (<c>2006-01-02T15:04:05Z07:00</c>) for Sprig's date functions: formatting, and parsing
/// for <c>toDate</c>. The elements: <c>2006 06 01 1 Jan January 02 2 _2 002 15 03 3 04 4 05 5 PM pm Mon Monday MST
/// -0700 -07:00 -07 Z0700 Z07:00 Z07</c> and fractional seconds <c>.000</c>/<c>.999</c> (or with a comma).
/// </summary>
internal static class GoTimeLayout
{
    // Longest first, so "January" wins over "Jan" and "2006" over "2".
    private static readonly string[] Elements =
    [
        "January", "Monday", "Z07:00", "-07:00", "Z0700", "-0700", "2006", "Jan", "Mon", "MST", "002", "Z07", "-07",
        "01", "02", "_2", "03", "04", "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5",
    ];

    /// <summary>Formats <paramref name="time"/> (already in its zone) as Go's <c>Time.Format(layout)</c>.</summary>
    public static string Format(DateTimeOffset time, string layout, string zoneAbbreviation)
    {
        var output = new StringBuilder();
        foreach (var (element, literal) in Tokens(layout))
        {
            output.Append(element is null ? literal : FormatElement(time, element, zoneAbbreviation));
        }

        return output.ToString();
    }

    /// <summary>Parses <paramref name="text"/> with a Go layout; null when it does not fit.</summary>
    public static DateTimeOffset? Parse(string layout, string text, TimeZoneInfo zoneWhenNone)
    {
        var format = new StringBuilder();
        var hasZone = false;
        foreach (var (element, literal) in Tokens(layout))
        {
            if (element is null)
            {
                format.Append(string.Concat(literal!.Select(c => "\\" + c)));
                continue;
            }

            hasZone |= element.StartsWith('Z') || element.StartsWith('-');
            format.Append(element switch
            {
                "2006" => "yyyy", "06" => "yy", "01" => "MM", "1" => "M", "Jan" => "MMM", "January" => "MMMM", "02" => "dd", "2" or "_2" => "d",
                "15" => "HH", "03" => "hh", "3" => "h", "04" => "mm", "4" => "m", "05" => "ss", "5" => "s", "PM" or "pm" => "tt",
                "Mon" => "ddd", "Monday" => "dddd", "-07:00" or "Z07:00" => "zzz", "-0700" or "Z0700" => "zzz", "-07" or "Z07" => "zz",
                _ when element.StartsWith('.') || element.StartsWith(',') => element[0] + new string('f', element.Length - 1),
                _ => "",
            });
        }

        var input = text;
        if (layout.Contains("Z07", StringComparison.Ordinal) && input.EndsWith('Z'))
        {
            input = input[..^1] + (layout.Contains("Z07:00", StringComparison.Ordinal) ? "+00:00" : layout.Contains("Z0700", StringComparison.Ordinal) ? "+0000" : "+00");
        }

        if (layout.Contains("0700", StringComparison.Ordinal))
        {
            // .NET reads an offset with a colon; Go's -0700 has none.
            input = System.Text.RegularExpressions.Regex.Replace(input, @"([+-]\d\d)(\d\d)$", "$1:$2", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        if (hasZone)
        {
            return DateTimeOffset.TryParseExact(input, format.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned) ? zoned : null;
        }

        return DateTime.TryParseExact(input, format.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, zoneWhenNone.GetUtcOffset(local))
            : null;
    }

    /// <summary>The zone name Go prints for <c>MST</c>: <c>UTC</c> for UTC, otherwise the offset (<c>+0200</c>), as Go does for a zone without an abbreviation.</summary>
    public static string ZoneName(DateTimeOffset time) =>
        time.Offset == TimeSpan.Zero ? "UTC" : FormatElement(time, "-0700", "");

    /// <summary>Go's <c>Time.String()</c>: <c>2006-01-02 15:04:05.999999999 -0700 MST</c>.</summary>
    public static string Print(DateTimeOffset time, string zoneAbbreviation) =>
        Format(time, "2006-01-02 15:04:05.999999999 -0700 MST", zoneAbbreviation);

    private static string FormatElement(DateTimeOffset t, string element, string zone)
    {
        var offset = t.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture);
        var minutes = Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
        var utc = offset == TimeSpan.Zero;
        return element switch
        {
            "2006" => t.Year.ToString("0000", CultureInfo.InvariantCulture),
            "06" => (t.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "01" => t.Month.ToString("00", CultureInfo.InvariantCulture),
            "1" => t.Month.ToString(CultureInfo.InvariantCulture),
            "Jan" => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(t.Month),
            "January" => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(t.Month),
            "02" => t.Day.ToString("00", CultureInfo.InvariantCulture),
            "2" => t.Day.ToString(CultureInfo.InvariantCulture),
            "_2" => t.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2),
            "002" => t.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
            "15" => t.Hour.ToString("00", CultureInfo.InvariantCulture),
            "03" => (t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString("00", CultureInfo.InvariantCulture),
            "3" => (t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString(CultureInfo.InvariantCulture),
            "04" => t.Minute.ToString("00", CultureInfo.InvariantCulture),
            "4" => t.Minute.ToString(CultureInfo.InvariantCulture),
            "05" => t.Second.ToString("00", CultureInfo.InvariantCulture),
            "5" => t.Second.ToString(CultureInfo.InvariantCulture),
            "PM" => t.Hour >= 12 ? "PM" : "AM",
            "pm" => t.Hour >= 12 ? "pm" : "am",
            "Mon" => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(t.DayOfWeek),
            "Monday" => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(t.DayOfWeek),
            "MST" => zone,
            "-0700" => sign + hours + minutes,
            "-07:00" => sign + hours + ":" + minutes,
            "-07" => sign + hours,
            "Z0700" => utc ? "Z" : sign + hours + minutes,
            "Z07:00" => utc ? "Z" : sign + hours + ":" + minutes,
            "Z07" => utc ? "Z" : sign + hours,
            _ => Fraction(t, element),
        };
    }

    // ".000" always prints that many digits; ".999" drops trailing zeros (and the dot when nothing is left).
    private static string Fraction(DateTimeOffset t, string element)
    {
        var digits = (t.Ticks % TimeSpan.TicksPerSecond * 100).ToString("000000000", CultureInfo.InvariantCulture)[..(element.Length - 1)];
        if (element[1] == '9')
        {
            digits = digits.TrimEnd('0');
            return digits.Length == 0 ? "" : element[0] + digits;
        }

        return element[0] + digits;
    }

    private static IEnumerable<(string? Element, string? Literal)> Tokens(string layout)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < layout.Length;)
        {
            var fraction = FractionAt(layout, i);
            var element = fraction ?? Elements.FirstOrDefault(e => string.CompareOrdinal(layout, i, e, 0, e.Length) == 0);
            if (element is null)
            {
                literal.Append(layout[i++]);
                continue;
            }

            if (literal.Length > 0)
            {
                yield return (null, literal.ToString());
                literal.Clear();
            }

            yield return (element, null);
            i += element.Length;
        }

        if (literal.Length > 0)
        {
            yield return (null, literal.ToString());
        }
    }

    // ".000" or ".999" right after seconds ("05.000"); Go reads them only there.
    private static string? FractionAt(string layout, int i)
    {
        if (i == 0 || layout[i] is not ('.' or ',') || i + 1 >= layout.Length || layout[i + 1] is not ('0' or '9') || !char.IsAsciiDigit(layout[i - 1]))
        {
            return null;
        }

        var end = i + 1;
        while (end < layout.Length && layout[end] == layout[i + 1])
        {
            end++;
        }

        return end < layout.Length && char.IsAsciiDigit(layout[end]) ? null : layout[i..end];
    }
}
