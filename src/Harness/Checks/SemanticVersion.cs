using System.Globalization;

namespace IacTest.Harness.Checks;

/// <summary>
/// A semantic version (semver.org 2.0.0) parsed strictly, as goss's <c>semver-constraint</c> parses the actual
/// value: three numbers without leading zeros, an optional pre-release and build. <c>v1.2.3</c>, <c>1.2</c> and
/// Debian's <c>1.22.1-9</c>-style revisions with leading zeros (<c>4.4.019-1</c>) are not versions.
/// </summary>
internal sealed class SemanticVersion : IComparable<SemanticVersion>
{
    private SemanticVersion(ulong major, ulong minor, ulong patch, IReadOnlyList<string> preRelease)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        PreRelease = preRelease;
    }

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    public IReadOnlyList<string> PreRelease { get; }

    /// <summary>The version <paramref name="text"/> holds, or null when it is not a strict semantic version.</summary>
    public static SemanticVersion? Parse(string text)
    {
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0 && !text[(plus + 1)..].Split('.').All(IsIdentifier))
        {
            return null;
        }

        var core = plus >= 0 ? text[..plus] : text;
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var numbers = (dash >= 0 ? core[..dash] : core).Split('.');
        if (numbers.Length != 3 || !numbers.All(IsNumber))
        {
            return null;
        }

        string[] preRelease = [];
        if (dash >= 0)
        {
            preRelease = core[(dash + 1)..].Split('.');
            if (!preRelease.All(p => IsIdentifier(p) && (!p.All(char.IsAsciiDigit) || IsNumber(p))))
            {
                return null;
            }
        }

        var parsed = numbers.Select(n => ulong.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (ulong?)null).ToArray();
        return parsed.Any(p => p is null) ? null : new SemanticVersion(parsed[0]!.Value, parsed[1]!.Value, parsed[2]!.Value, preRelease);
    }

    /// <summary>Precedence as semver.org defines it: build metadata is ignored, a pre-release sorts before its release.</summary>
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }

        if (PreRelease.Count == 0 || other.PreRelease.Count == 0)
        {
            return other.PreRelease.Count.CompareTo(PreRelease.Count);
        }

        for (var i = 0; i < Math.Min(PreRelease.Count, other.PreRelease.Count); i++)
        {
            var order = CompareIdentifier(PreRelease[i], other.PreRelease[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return PreRelease.Count.CompareTo(other.PreRelease.Count);
    }

    private static int CompareIdentifier(string left, string right)
    {
        var leftNumeric = left.All(char.IsAsciiDigit);
        var rightNumeric = right.All(char.IsAsciiDigit);
        return (leftNumeric, rightNumeric) switch
        {
            (true, true) => left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    private static bool IsNumber(string part) => part.Length > 0 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0');

    private static bool IsIdentifier(string part) => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
