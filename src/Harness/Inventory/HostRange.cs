using System.Text.RegularExpressions;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Ansible's host entries: an optional <c>:port</c> suffix (<c>[ipv6]:port</c> for IPv6) and ranges such as
/// <c>web[01:20]</c>, <c>db-[a:f]</c> or <c>node[0:10:2]</c>, nested ranges included.
/// </summary>
internal static partial class HostRange
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Splits <paramref name="entry"/> into the host names it stands for and the port it names, if any.</summary>
    /// <exception cref="FormatException">A malformed range, with Ansible's reason.</exception>
    public static (IReadOnlyList<string> Names, int? Port) Expand(string entry)
    {
        var (pattern, port) = SplitPort(entry);
        return (pattern.Contains('[', StringComparison.Ordinal) ? ExpandRanges(pattern) : [pattern], port);
    }

    /// <summary>
    /// The host part and port of an entry, as <c>parse_address</c> splits it; an entry it cannot read as an address is
    /// taken whole, port included, as Ansible does.
    /// </summary>
    public static (string Host, int? Port) SplitPort(string entry)
    {
        var host = entry;
        int? port = null;
        foreach (var regex in new[] { BracketedHostPort(), HostPort() })
        {
            if (regex.Match(host) is { Success: true } match && int.TryParse(match.Groups[2].Value, out var number))
            {
                host = match.Groups[1].Value;
                port = number;
            }
        }

        return IsHost(host) ? (host, port) : (entry, null);
    }

    /// <summary>Whether <paramref name="entry"/> reads as one address, with an optional port (Ansible's parse_address).</summary>
    public static bool IsAddress(string entry) => IsHost(SplitPort(entry).Host);

    private static bool IsHost(string host) => Ipv4().IsMatch(host) || Ipv6().IsMatch(host) || HostName().IsMatch(host);

    private static List<string> ExpandRanges(string pattern)
    {
        var open = pattern.IndexOf('[', StringComparison.Ordinal);
        var close = pattern.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            // Ansible's split on the bracket pair then fails to unpack: the entry is not a range.
            throw new FormatException($"host range '{pattern}' has no closing ']'");
        }

        if (close < open)
        {
            throw new FormatException($"host range '{pattern}' closes ']' before it opens '['");
        }

        var head = pattern[..open];
        var range = pattern[(open + 1)..close];
        var tail = pattern[(close + 1)..];
        var bounds = range.Split(':');
        if (bounds.Length is not (2 or 3))
        {
            throw new FormatException($"host range [{range}] must be begin:end or begin:end:step");
        }

        var begin = bounds[0].Length == 0 ? "0" : bounds[0];
        var end = bounds[1];
        if (end.Length == 0)
        {
            throw new FormatException($"host range [{range}] must specify an end value");
        }

        if (!int.TryParse(bounds.Length == 3 ? bounds[2] : "1", out var step) || step <= 0)
        {
            throw new FormatException($"host range [{range}] has a step that is not a positive number");
        }

        List<string> sequence;
        int beginLetter = Letters.IndexOf(begin, StringComparison.Ordinal), endLetter = Letters.IndexOf(end, StringComparison.Ordinal);
        if (begin.Length == 1 && end.Length == 1 && beginLetter >= 0 && endLetter >= 0)
        {
            if (beginLetter > endLetter)
            {
                throw new FormatException($"host range [{range}] must have begin <= end");
            }

            sequence = [];
            for (var i = beginLetter; i <= endLetter; i += step)
            {
                sequence.Add(Letters[i].ToString());
            }
        }
        else
        {
            if (!int.TryParse(begin, out var first) || !int.TryParse(end, out var last))
            {
                throw new FormatException($"host range [{range}] is neither numeric nor one letter to one letter");
            }

            // A leading zero sets the width, and then both ends must be written with it.
            var width = begin.Length > 1 && begin[0] == '0' ? begin.Length : 0;
            if (width > 0 && end.Length != width)
            {
                throw new FormatException($"host range [{range}] must write begin and end with the same number of digits");
            }

            sequence = [];
            for (var i = first; i <= last; i += step)
            {
                sequence.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0'));
            }
        }

        var names = new List<string>();
        foreach (var item in sequence)
        {
            var name = head + item + tail;
            if (name.Contains('[', StringComparison.Ordinal))
            {
                names.AddRange(ExpandRanges(name));
            }
            else
            {
                names.Add(name);
            }
        }

        return names;
    }

    [GeneratedRegex(@"^\[(.+)\]:([0-9]+)$")]
    private static partial Regex BracketedHostPort();

    [GeneratedRegex(@"^((?:[^:\[\]]|\[[^\]]*\])*):([0-9]+)$")]
    private static partial Regex HostPort();

    private const string NumericRange = @"\[[0-9]+:[0-9]+(?::[0-9]+)?\]";
    private const string HexRange = @"\[(?:[0-9a-f]+:[0-9a-f]+)(?::[0-9]+)?\]";
    private const string AlphanumericRange = @"\[(?:[a-z]:[a-z]|[0-9]+:[0-9]+)(?::[0-9]+)?\]";
    private const string Ipv4Part = @"(?:[01]?[0-9]{1,2}|2[0-4][0-9]|25[0-5]|" + NumericRange + ")";
    private const string Ipv6Part = @"(?:[0-9a-f]{1,4}|" + HexRange + ")";
    private const string Label = @"(?:\w|" + AlphanumericRange + @")(?:[\w-]|" + AlphanumericRange + @")*(?<![_-])";

    [GeneratedRegex("^(?:" + Ipv4Part + @"\.){3}" + Ipv4Part + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Ipv4();

    [GeneratedRegex("^(?:(?:" + Ipv6Part + ":){7}" + Ipv6Part + "|(?:" + Ipv6Part + ":){1,6}:|(?:" + Ipv6Part + ":)(?::" + Ipv6Part + "){1,6}|(?:" + Ipv6Part + ":){2}(?::" + Ipv6Part + "){1,5}|(?:" + Ipv6Part + ":){3}(?::" + Ipv6Part + "){1,4}|(?:" + Ipv6Part + ":){4}(?::" + Ipv6Part + "){1,3}|(?:" + Ipv6Part + ":){5}(?::" + Ipv6Part + "){1,2}|(?:" + Ipv6Part + ":){6}(?::" + Ipv6Part + ")|:(?::" + Ipv6Part + "){1,6}|" + Ipv6Part + "?::)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ipv6();

    [GeneratedRegex("^" + Label + @"(?:\." + Label + ")*$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
