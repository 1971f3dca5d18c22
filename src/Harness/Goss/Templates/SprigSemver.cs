using System.Globalization;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's <c>semverCompare</c>, which reads versions and constraints as Masterminds/semver v3 does (not as goss's
/// <c>semver-constraint</c> matcher, which uses blang/semver): loose versions (<c>v1.2</c>, <c>1</c>), constraints
/// joined by commas or spaces (and) and <c>||</c> (or), <c>= != &gt; &lt; &gt;= =&gt; &lt;= =&lt; ~ ~&gt; ^</c>,
/// wildcards <c>x X *</c>, ranges <c>1.2 - 1.4.5</c>, and its rule that a pre-release only satisfies a constraint
/// that names a pre-release.
/// </summary>
internal static partial class SprigSemver
{
    private const string Operators = @"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";
    private const string ConstraintVersion = @"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Single = new($@"^\s*({Operators})\s*({ConstraintVersion})\s*$", RegexOptions.None, Timeout);
    private static readonly Regex Range = new($@"\s*({ConstraintVersion})\s+-\s+({ConstraintVersion})\s*", RegexOptions.None, Timeout);
    private static readonly Regex Find = new($@"({Operators})\s*({ConstraintVersion})", RegexOptions.None, Timeout);
    private static readonly Regex Valid = new($@"^(\s*({Operators})\s*({ConstraintVersion})\s*)((?:\s+|,\s*)({Operators})\s*({ConstraintVersion})\s*)*$", RegexOptions.None, Timeout);

    /// <summary>Whether <paramref name="version"/> satisfies <paramref name="constraint"/>; a bad either is a <see cref="TemplateFunctionException"/>, as Sprig's error.</summary>
    public static bool Compare(string constraint, string version)
    {
        var alternatives = ParseConstraints(constraint);
        var v = Version.Parse(version) ?? throw new TemplateFunctionException("Invalid Semantic Version");
        return alternatives.Any(all => all.All(c => c.Check(v)));
    }

    private static List<List<Constraint>> ParseConstraints(string text)
    {
        foreach (Match range in Range.Matches(text))
        {
            text = ReplaceFirst(text, range.Value, $">= {range.Groups[1].Value}, <= {range.Groups[11].Value}");
        }

        var alternatives = new List<List<Constraint>>();
        foreach (var part in text.Split("||"))
        {
            if (!Valid.IsMatch(part))
            {
                throw new TemplateFunctionException($"improper constraint: {part}");
            }

            var found = Find.Matches(part).Select(m => m.Value).ToList();
            alternatives.Add(found.Count == 0 ? [Constraint.Parse(part)] : found.Select(Constraint.Parse).ToList());
        }

        return alternatives;
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + with + text[(at + what.Length)..];
    }

    private static bool IsWildcard(string part) => part is "x" or "X" or "*";

    /// <summary>A Masterminds version: loose (missing minor/patch are 0, a leading v is fine), strict pre-release and build parts.</summary>
    private sealed record Version(ulong Major, ulong Minor, ulong Patch, string PreRelease)
    {
        private static readonly Regex Shape = new(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$", RegexOptions.None, Timeout);

        public static Version? Parse(string text)
        {
            var m = Shape.Match(text);
            if (!m.Success || !ulong.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
            {
                return null;
            }

            var minor = m.Groups[2].Success ? ulong.Parse(m.Groups[2].Value[1..], CultureInfo.InvariantCulture) : 0;
            var patch = m.Groups[3].Success ? ulong.Parse(m.Groups[3].Value[1..], CultureInfo.InvariantCulture) : 0;
            var pre = m.Groups[5].Value;
            if (pre.Split('.').Any(p => p.Length > 1 && p[0] == '0' && p.All(char.IsAsciiDigit)))
            {
                return null;
            }

            return new Version(major, minor, patch, pre);
        }

        public int CompareTo(Version other)
        {
            var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
            if (core != 0)
            {
                return core;
            }

            return (PreRelease, other.PreRelease) switch
            {
                ("", "") => 0,
                ("", _) => 1,
                (_, "") => -1,
                _ => ComparePreRelease(PreRelease, other.PreRelease),
            };
        }

        private static int ComparePreRelease(string left, string right)
        {
            var l = left.Split('.');
            var r = right.Split('.');
            for (var i = 0; i < Math.Max(l.Length, r.Length); i++)
            {
                var order = ComparePart(i < l.Length ? l[i] : "", i < r.Length ? r[i] : "");
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }

        private static int ComparePart(string s, string o)
        {
            if (s == o)
            {
                return 0;
            }

            if (s.Length == 0)
            {
                return -1;
            }

            if (o.Length == 0)
            {
                return 1;
            }

            var sNumber = ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var si);
            var oNumber = ulong.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var oi);
            return (sNumber, oNumber) switch
            {
                (false, false) => string.CompareOrdinal(s, o) > 0 ? 1 : -1,
                (true, false) => -1,
                (false, true) => 1,
                _ => si > oi ? 1 : -1,
            };
        }
    }

    private sealed record Constraint(string Operator, Version Against, bool Dirty, bool MinorDirty, bool PatchDirty)
    {
        public static Constraint Parse(string text)
        {
            if (text.Length == 0)
            {
                return new Constraint("", new Version(0, 0, 0, ""), true, false, false);
            }

            var m = Single.Match(text);
            if (!m.Success)
            {
                throw new TemplateFunctionException($"improper constraint: {text}");
            }

            // Groups of the version: 3 major, 4 .minor, 5 .patch, 7 pre-release (with its dash in 6).
            var (major, minor, patch, pre) = (m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value);
            string flat;
            bool dirty = false, minorDirty = false, patchDirty = false;
            if (IsWildcard(major) || major.Length == 0)
            {
                (flat, dirty) = ("0.0.0" + pre, true);
            }
            else if (IsWildcard(minor.TrimStart('.')) || minor.Length == 0)
            {
                (flat, dirty, minorDirty) = ($"{major}.0.0{pre}", true, true);
            }
            else if (IsWildcard(patch.TrimStart('.')) || patch.Length == 0)
            {
                (flat, dirty, patchDirty) = ($"{major}{minor}.0{pre}", true, true);
            }
            else
            {
                flat = m.Groups[2].Value;
            }

            var version = Version.Parse(flat) ?? throw new TemplateFunctionException($"improper constraint: {text}");
            return new Constraint(m.Groups[1].Value, version, dirty, minorDirty, patchDirty);
        }

        public bool Check(Version v)
        {
            var c = Against;
            if (Operator != "!=" && v.PreRelease.Length > 0 && c.PreRelease.Length == 0)
            {
                return false; // a pre-release only satisfies a constraint that names one
            }

            return Operator switch
            {
                "" or "=" => Dirty ? Tilde(v) : v.CompareTo(c) == 0,
                "!=" => NotEqual(v),
                ">" => GreaterThan(v),
                "<" => v.CompareTo(c) < 0,
                ">=" or "=>" => v.CompareTo(c) >= 0,
                "<=" or "=<" => !Dirty ? v.CompareTo(c) <= 0 : !(v.Major > c.Major || (v.Major == c.Major && v.Minor > c.Minor && !MinorDirty)),
                "~" or "~>" => Tilde(v),
                _ => Caret(v),
            };
        }

        private bool NotEqual(Version v)
        {
            var c = Against;
            if (Dirty)
            {
                if (v.PreRelease.Length > 0 && c.PreRelease.Length == 0)
                {
                    return false;
                }

                if (c.Major != v.Major)
                {
                    return true;
                }

                if (c.Minor != v.Minor && !MinorDirty)
                {
                    return true;
                }

                if (MinorDirty)
                {
                    return false;
                }

                if (c.Patch != v.Patch && !PatchDirty)
                {
                    return true;
                }

                if (PatchDirty)
                {
                    return (v.PreRelease.Length > 0 || c.PreRelease.Length > 0) && v.PreRelease != c.PreRelease;
                }
            }

            return v.CompareTo(c) != 0;
        }

        private bool GreaterThan(Version v)
        {
            var c = Against;
            if (!Dirty || (v.Major == c.Major && !MinorDirty && !PatchDirty))
            {
                return v.CompareTo(c) > 0;
            }

            return v.Major > c.Major || (v.Major == c.Major && PatchDirty && v.Minor > c.Minor);
        }

        private bool Tilde(Version v)
        {
            var c = Against;
            if (v.CompareTo(c) < 0)
            {
                return false;
            }

            if (c is { Major: 0, Minor: 0, Patch: 0 } && !MinorDirty && !PatchDirty)
            {
                return true;
            }

            return v.Major == c.Major && (v.Minor == c.Minor || MinorDirty);
        }

        private bool Caret(Version v)
        {
            var c = Against;
            if (v.CompareTo(c) < 0)
            {
                return false;
            }

            if (c.Major > 0 || MinorDirty)
            {
                return v.Major == c.Major;
            }

            if (v.Major > 0)
            {
                return false;
            }

            if (c.Minor > 0 || PatchDirty)
            {
                return v.Minor == c.Minor;
            }

            return v.Minor <= 0 && c.Patch == v.Patch;
        }
    }
}
