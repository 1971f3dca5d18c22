using System.Text.RegularExpressions;

namespace IacTest.Harness.Inventory;

/// <summary>Ansible's host patterns (<c>inventory/manager.py</c>: split, order, match, subscript).</summary>
internal static partial class HostPattern
{
    private static readonly string[] LocalhostNames = ["localhost", "127.0.0.1", "::1"];

    public static IReadOnlyList<InventoryHost> Evaluate(AnsibleInventory inventory, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var hosts = new List<InventoryHost>();
        foreach (var part in Order(Split(pattern)))
        {
            if (inventory.Host(part) is { } exact)
            {
                hosts.Add(exact);
                continue;
            }

            var matched = MatchOne(inventory, part);
            if (part[0] == '!')
            {
                var excluded = matched.ToHashSet();
                hosts = hosts.Where(host => !excluded.Contains(host)).ToList();
            }
            else if (part[0] == '&')
            {
                var kept = matched.ToHashSet();
                hosts = hosts.Where(kept.Contains).ToList();
            }
            else
            {
                var existing = hosts.Select(host => host.Name).ToHashSet(StringComparer.Ordinal);
                hosts.AddRange(matched.Where(host => !existing.Contains(host.Name)));
            }
        }

        return hosts.Distinct().ToList();
    }

    /// <summary>
    /// Splits a pattern at commas, or else (for old playbooks) at colons outside brackets, unless the whole pattern is
    /// one address (an IPv6 address has colons).
    /// </summary>
    internal static IReadOnlyList<string> Split(string pattern)
    {
        IEnumerable<string> parts = pattern.Contains(',', StringComparison.Ordinal) ? pattern.Split(',')
            : HostRange.IsAddress(pattern) ? [pattern]
            : ColonParts().Matches(pattern).Select(match => match.Value);
        return parts.Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
    }

    private static IEnumerable<string> Order(IReadOnlyList<string> parts)
    {
        var regular = parts.Where(part => part[0] is not ('!' or '&')).ToList();
        return [.. regular.Count == 0 ? ["all"] : regular, .. parts.Where(part => part[0] == '&'), .. parts.Where(part => part[0] == '!')];
    }

    private static List<InventoryHost> MatchOne(AnsibleInventory inventory, string pattern)
    {
        if (pattern[0] is '!' or '&')
        {
            pattern = pattern[1..];
        }

        var (expression, subscript) = SplitSubscript(pattern);
        var hosts = Enumerate(inventory, expression);
        return ApplySubscript(hosts, subscript);
    }

    private static (string Expression, (int Start, int? End)? Subscript) SplitSubscript(string pattern)
    {
        if (pattern[0] == '~' || Subscript().Match(pattern) is not { Success: true } match)
        {
            return (pattern, null);
        }

        if (match.Groups[2].Success)
        {
            return (match.Groups[1].Value, (int.Parse(match.Groups[2].Value), null));
        }

        // Ansible reads "[x:]" as "to the end" and still accepts (with a warning) the old "[x-y]".
        var end = match.Groups[5].Value.Length == 0 ? -1 : int.Parse(match.Groups[5].Value);
        return (match.Groups[1].Value, (int.Parse(match.Groups[3].Value), end));
    }

    private static List<InventoryHost> ApplySubscript(List<InventoryHost> hosts, (int Start, int? End)? subscript)
    {
        if (hosts.Count == 0 || subscript is not var (start, end))
        {
            return hosts;
        }

        // Python slicing: negative indexes count from the end; a slice past the end is cut short; an end of 0 is
        // read as "no end" (Ansible tests it for truth), so [2:0] selects host 2 alone.
        if (end is { } last && last != 0)
        {
            last = last == -1 ? hosts.Count - 1 : last;
            var from = Clamp(start, hosts.Count);
            var to = Clamp(last + 1, hosts.Count);
            return from < to ? hosts[from..to] : [];
        }

        var index = start < 0 ? hosts.Count + start : start;
        // An index past the end selects nothing: Ansible 2.14 then only warns that no host matched.
        return index >= 0 && index < hosts.Count ? [hosts[index]] : [];
    }

    private static int Clamp(int index, int count) => index < 0 ? Math.Max(0, count + index) : Math.Min(index, count);

    private static List<InventoryHost> Enumerate(AnsibleInventory inventory, string pattern)
    {
        var matcher = Matcher(pattern);
        var results = new List<InventoryHost>();
        var matchingGroups = inventory.Groups.Where(group => matcher.IsMatch(group.Name)).ToList();
        foreach (var group in matchingGroups)
        {
            results.AddRange(group.AllHosts());
        }

        if (matchingGroups.Count == 0 || pattern[0] == '~' || pattern.IndexOfAny(['.', '?', '*', '[']) >= 0)
        {
            results.AddRange(inventory.Hosts.Where(host => matcher.IsMatch(host.Name)));
        }

        if (results.Count == 0 && LocalhostNames.Contains(pattern, StringComparer.Ordinal))
        {
            // Ansible's implicit localhost: there when the inventory does not name it.
            results.Add(new InventoryHost(pattern, new Modules.SourceLocation("(implicit localhost)", 1, 1)));
        }

        return results;
    }

    // fnmatch for plain and wildcard names, re.match (anchored at the start only) for "~regex".
    private static Regex Matcher(string pattern)
    {
        try
        {
            return pattern[0] == '~'
                ? new Regex(@"\A(?:" + pattern[1..] + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                : new Regex(@"\A(?:" + FnmatchToRegex(pattern) + @")\z", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"Invalid host list pattern '{pattern}': {exception.Message}", nameof(pattern), exception);
        }
    }

    private static string FnmatchToRegex(string pattern)
    {
        var regex = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    // fnmatch: "[!x]" negates, a "]" right after the opening bracket is literal, an unclosed "[" is literal.
                    var close = i + 1;
                    if (close < pattern.Length && pattern[close] == '!')
                    {
                        close++;
                    }

                    if (close < pattern.Length && pattern[close] == ']')
                    {
                        close++;
                    }

                    close = pattern.IndexOf(']', Math.Min(close, pattern.Length));
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = pattern[(i + 1)..close].Replace(@"\", @"\\", StringComparison.Ordinal);
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set.StartsWith('^') || set.StartsWith('[') ? @"\" + set : set).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }

    [GeneratedRegex(@"^(.+)\[(?:(-?[0-9]+)|([0-9]+)([:-])([0-9]*))\]$")]
    private static partial Regex Subscript();

    [GeneratedRegex(@"(?:[^\s:\[\]]|\[[^\]]*\])+")]
    private static partial Regex ColonParts();
}
