using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Goss.Templates;

/// <summary>Go's <c>time.ParseDuration</c> and <c>Duration.String()</c>, for Sprig's <c>dateModify</c> and <c>duration</c>.</summary>
internal static partial class GoDuration
{
    /// <summary>Reads <c>1h30m</c>, <c>-1.5h</c>, <c>300ms</c>, <c>2h45m10s</c> (units ns, us, µs, ms, s, m, h); null when it is not one.</summary>
    public static TimeSpan? Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success || text is "" or "+" or "-")
        {
            return text == "0" ? TimeSpan.Zero : null;
        }

        var ticks = 0d;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = Unit().Match(part.Value);
            var number = double.Parse(unit.Groups["number"].Value, CultureInfo.InvariantCulture);
            ticks += number * unit.Groups["unit"].Value switch
            {
                "ns" => 0.01,
                "us" or "µs" or "μs" => 10,
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                _ => TimeSpan.TicksPerHour,
            };
        }

        return TimeSpan.FromTicks((long)Math.Round(match.Groups["sign"].Value == "-" ? -ticks : ticks));
    }

    /// <summary>Go's form for whole seconds and above: <c>0s</c>, <c>45s</c>, <c>1m0s</c>, <c>26h3m4s</c>.</summary>
    public static string Print(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder(duration < TimeSpan.Zero ? "-" : "");
        var total = duration.Duration();
        var hours = (long)total.TotalHours;
        if (hours > 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        if (hours > 0 || total.Minutes > 0)
        {
            text.Append(total.Minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        return text.Append(total.Seconds.ToString(CultureInfo.InvariantCulture)).Append('s').ToString();
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<part>(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?<number>\d+(\.\d*)?|\.\d+)(?<unit>ns|us|µs|μs|ms|s|m|h)$")]
    private static partial Regex Unit();
}
