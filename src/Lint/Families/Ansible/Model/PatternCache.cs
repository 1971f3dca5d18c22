using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>Compiles each configured pattern once per process, so rules never compile a regex per task.</summary>
internal static class PatternCache
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled regex of <paramref name="pattern"/> (matched from the start, as Python's <c>re.match</c>).</summary>
    public static Regex Get(string pattern) => Cache.GetOrAdd(pattern, static p =>
        new Regex("^(?:" + p + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
