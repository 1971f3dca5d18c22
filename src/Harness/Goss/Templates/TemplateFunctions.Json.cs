namespace IacTest.Harness.Goss.Templates;

/// <summary>Sprig's JSON writers, as Go's encoding/json writes (see <see cref="GoJson"/>), and <c>durationRound</c>.</summary>
internal sealed partial class TemplateFunctions
{
    private void AddJsonAndDurations()
    {
        Add("toJson", 1, 1, a => GoJson.Write(Plain(a[0]), "", escapeHtml: true));
        Add("toPrettyJson", 1, 1, a => GoJson.Write(Plain(a[0]), "  ", escapeHtml: true));
        Add("toRawJson", 1, 1, a => GoJson.Write(Plain(a[0]), "", escapeHtml: false));
        Add("durationRound", 1, 1, a => DurationRound(a[0] switch
        {
            string text => GoDuration.Parse(text) ?? TimeSpan.Zero,
            DateTimeOffset time => DateTimeOffset.Now - time,
            _ => TimeSpan.Zero, // Sprig reads only a text, an int64 of nanoseconds (which goss values never are) or a time
        }));
    }

    /// <summary>Sprig's durationRound: the largest whole unit strictly below the duration (y, mo, d, h, m, s), else "0s".</summary>
    private static string DurationRound(TimeSpan duration)
    {
        var ticks = (ulong)Math.Abs(duration.Ticks);
        (ulong Size, string Unit)[] units =
        [
            ((ulong)TimeSpan.TicksPerDay * 365, "y"), ((ulong)TimeSpan.TicksPerDay * 30, "mo"), ((ulong)TimeSpan.TicksPerDay, "d"),
            ((ulong)TimeSpan.TicksPerHour, "h"), ((ulong)TimeSpan.TicksPerMinute, "m"), ((ulong)TimeSpan.TicksPerSecond, "s"),
        ];
        foreach (var (size, unit) in units)
        {
            if (ticks > size)
            {
                return (ticks / size).ToString(System.Globalization.CultureInfo.InvariantCulture) + unit;
            }
        }

        return "0s";
    }
}
