using System.Text;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Configuration;

/// <summary>
/// One gitignore-style pattern (as yamllint's <c>ignore</c> and ansible-lint's <c>exclude_paths</c> use them),
/// matched against paths relative to <see cref="BaseDirectory"/>.
/// </summary>
public sealed class PathPattern
{
    private readonly Regex _regex;

    // "*.yaml" and ".yamllint" — the yaml-files defaults, checked for every file found — are one segment test each;
    // the regex (interpreted, with a timeout) costs more than the rest of finding the files.
    private readonly string? _segmentText;
    private readonly bool _segmentIsSuffix;

    /// <summary>Parses a pattern; <paramref name="baseDirectory"/> is where relative matching starts.</summary>
    public PathPattern(string pattern, string baseDirectory)
    {
        Pattern = pattern;
        BaseDirectory = baseDirectory;
        var text = pattern.Trim();
        IsNegated = text.StartsWith('!');
        if (IsNegated)
        {
            text = text[1..];
        }

        _regex = new Regex(ToRegex(text), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        (_segmentText, _segmentIsSuffix) = SegmentForm(text);
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>The folder relative paths are taken from.</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether the pattern starts with <c>!</c> (re-includes).</summary>
    public bool IsNegated { get; }

    /// <summary>Whether the pattern matches <paramref name="path"/> (absolute or relative to the base).</summary>
    public bool Matches(string path)
    {
        var relative = Relative(path);
        return _segmentText is null ? _regex.IsMatch(relative) : AnySegmentMatches(relative);
    }

    /// <summary>
    /// For an unanchored pattern of one segment that is plain text, or <c>*</c> then plain text: that text and whether
    /// it is a suffix. Such a pattern matches exactly the paths with a segment equal to (ending with) it.
    /// </summary>
    private static (string? Text, bool IsSuffix) SegmentForm(string pattern)
    {
        if (pattern.Contains('/', StringComparison.Ordinal))
        {
            return (null, false);
        }

        var suffix = pattern.StartsWith('*');
        var literal = suffix ? pattern[1..] : pattern;
        return literal.Length == 0 || literal.AsSpan().IndexOfAny("*?[]\\") >= 0 ? (null, false) : (literal, suffix);
    }

    private bool AnySegmentMatches(string relative)
    {
        var rest = relative.AsSpan();
        while (true)
        {
            var slash = rest.IndexOf('/');
            var segment = slash < 0 ? rest : rest[..slash];
            if (_segmentIsSuffix ? segment.EndsWith(_segmentText, StringComparison.Ordinal) : segment.SequenceEqual(_segmentText))
            {
                return true;
            }

            if (slash < 0)
            {
                return false;
            }

            rest = rest[(slash + 1)..];
        }
    }

    /// <summary>Applies a gitignore list in order: the last matching pattern wins.</summary>
    public static bool IsIgnored(IEnumerable<PathPattern> patterns, string path)
    {
        var ignored = false;
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(path))
            {
                ignored = !pattern.IsNegated;
            }
        }

        return ignored;
    }

    private string Relative(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (System.IO.Path.IsPathRooted(path) && BaseDirectory.Length > 0)
        {
            normalized = System.IO.Path.GetRelativePath(BaseDirectory, path).Replace('\\', '/');
        }

        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
    }

    private static string ToRegex(string pattern)
    {
        var anchored = pattern.StartsWith('/') || pattern.TrimEnd('/').Contains('/');
        var directoryOnly = pattern.EndsWith('/');
        var body = pattern.Trim('/');
        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                var slashAfter = i + 2 < body.Length && body[i + 2] == '/';
                regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[')
            {
                var close = body.IndexOf(']', i + 1);
                if (close < 0)
                {
                    regex.Append(@"\[");
                }
                else
                {
                    var set = body[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = close;
                }
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A pattern naming a folder matches everything below it.
        regex.Append(directoryOnly ? "/.*$" : "(?:/.*)?$");
        return regex.ToString();
    }
}
