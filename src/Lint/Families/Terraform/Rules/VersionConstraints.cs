using System.Globalization;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// Terraform's version constraints (<c>&gt;= 1.0, &lt; 2.0</c>, <c>~&gt; 1.0.4</c>, <c>!= 1.2.0</c>), as HashiCorp's
/// go-version checks them, for the rules that ask which Terraform versions a module admits.
/// </summary>
internal static partial class VersionConstraints
{
    /// <summary>Parses a constraint list; null when a part is not a constraint.</summary>
    public static IReadOnlyList<Func<int[], bool>>? Parse(string text)
    {
        var checks = new List<Func<int[], bool>>();
        foreach (var part in text.Split(','))
        {
            var match = Constraint().Match(part.Trim());
            if (!match.Success)
            {
                return null;
            }

            var written = match.Groups["version"].Value.Split('.').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            var version = Pad(written);
            checks.Add(match.Groups["op"].Value switch
            {
                "" or "=" => v => Compare(v, version) == 0,
                "!=" => v => Compare(v, version) != 0,
                ">" => v => Compare(v, version) > 0,
                "<" => v => Compare(v, version) < 0,
                ">=" => v => Compare(v, version) >= 0,
                "<=" => v => Compare(v, version) <= 0,
                _ => Pessimistic(written, version),
            });
        }

        return checks;
    }

    /// <summary>Whether <paramref name="version"/> (<c>1.0.11</c>) satisfies every constraint.</summary>
    public static bool Allows(IEnumerable<Func<int[], bool>> constraints, string version)
    {
        var parsed = Pad(version.Split('.').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray());
        return constraints.All(c => c(parsed));
    }

    // ~> 1.0.4 admits 1.0.x from 1.0.4; ~> 1.0 admits 1.x from 1.0: the last written segment may grow.
    private static Func<int[], bool> Pessimistic(int[] written, int[] version)
    {
        var fixedSegments = Math.Max(written.Length - 1, 1);
        return v => Compare(v, version) >= 0 && v.Take(fixedSegments).SequenceEqual(version.Take(fixedSegments));
    }

    private static int[] Pad(int[] segments) => segments.Concat(Enumerable.Repeat(0, Math.Max(0, 3 - segments.Length))).Take(3).ToArray();

    private static int Compare(int[] left, int[] right)
    {
        for (var i = 0; i < 3; i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?<op>=|!=|>=|<=|>|<|~>)?\s*v?(?<version>[0-9]+(\.[0-9]+){0,2})$")]
    private static partial Regex Constraint();
}
