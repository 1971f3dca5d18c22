using System.Text;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// The glob dialects Argo CD matches with, turned into regular expressions: Go's <c>path.Match</c> (ApplicationSet Git
/// directory generators), the gobwas glob of Argo CD's <c>util/glob</c> (AppProject source repositories and
/// destinations, Git file generators by default) and doublestar (Git file generators with the strict globbing).
/// </summary>
internal static class ArgoGlob
{
    /// <summary>How a glob reads <c>*</c> and <c>**</c>.</summary>
    public enum Dialect
    {
        /// <summary>Go's <c>path.Match</c>: <c>*</c> and <c>?</c> never cross <c>/</c>; no <c>**</c>, no braces.</summary>
        GoPath,

        /// <summary>gobwas glob without separators: <c>*</c> matches anything, <c>/</c> included; braces are alternatives.</summary>
        Greedy,

        /// <summary>gobwas glob with <c>/</c> as separator: <c>*</c> stays in one segment, <c>**</c> crosses them.</summary>
        Segments,

        /// <summary>doublestar: as <see cref="Segments"/>, and <c>**/</c> also matches no folder at all.</summary>
        DoubleStar,
    }

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/>; an invalid pattern matches nothing, as in Argo CD.</summary>
    public static bool Matches(string pattern, string value, Dialect dialect) =>
        ToRegex(pattern, dialect) is { } regex && regex.IsMatch(value);

    /// <summary>The pattern as an anchored regular expression, or null when it is not a valid glob.</summary>
    public static Regex? ToRegex(string pattern, Dialect dialect)
    {
        var oneChar = dialect is Dialect.Greedy ? "." : "[^/]";
        var builder = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*' && dialect is not Dialect.GoPath:
                    i++;
                    if (dialect is Dialect.DoubleStar && i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        // "a/**/b" matches "a/b" too: the folder part is optional, slash included.
                        i++;
                        builder.Append("(?:.*/)?");
                    }
                    else
                    {
                        builder.Append(".*");
                    }

                    break;
                case '*':
                    builder.Append(oneChar).Append('*');
                    break;
                case '?':
                    builder.Append(oneChar);
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 2);
                    if (end < 0)
                    {
                        return null;
                    }

                    var set = pattern[(i + 1)..end];
                    var negated = set.Length > 0 && (set[0] == '!' || (set[0] == '^' && dialect is Dialect.GoPath));
                    builder.Append(negated ? "[^" : "[").Append(Regex.Escape(negated ? set[1..] : set)).Append(']');
                    i = end;
                    break;
                case '{' when dialect is not Dialect.GoPath:
                    braces++;
                    builder.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    builder.Append(')');
                    break;
                case ',' when braces > 0:
                    builder.Append('|');
                    break;
                case '\\':
                    if (++i >= pattern.Length)
                    {
                        return null;
                    }

                    builder.Append(Regex.Escape(pattern[i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces > 0)
        {
            return null;
        }

        try
        {
            return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
