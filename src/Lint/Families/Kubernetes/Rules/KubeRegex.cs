using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// kube-linter's check parameters are Go regular expressions, matched unanchored (the patterns carry their own
/// <c>^</c>/<c>$</c>). Compiled once per pattern and shared.
/// </summary>
internal static class KubeRegex
{
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> (an invalid pattern matches nothing).</summary>
    public static bool IsMatch(string pattern, string value) => Compile(pattern)?.IsMatch(value) ?? false;

    /// <summary>Whether <paramref name="value"/> matches any of <paramref name="patterns"/>.</summary>
    public static bool AnyMatch(IEnumerable<string> patterns, string value) => patterns.Any(p => IsMatch(p, value));

    /// <summary>The compiled pattern, or null when neither Go nor .NET reads it.</summary>
    public static Regex? Compile(string pattern) => Cache.GetOrAdd(pattern, static p =>
    {
        // Go reads a quantifier after `^` (kube-linter's access-to-secrets uses `^*$` for the verb `*`) where .NET
        // rejects it; the pattern means the literal star.
        var translated = p.Replace("^*", @"^\*", StringComparison.Ordinal);
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
