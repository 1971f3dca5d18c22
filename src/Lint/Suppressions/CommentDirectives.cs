using System.Text.RegularExpressions;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Suppressions;

/// <summary>
/// Reads the suppression comments teams already write: yamllint's <c># yamllint disable…</c> directives and
/// ansible-lint's <c># noqa: rule…</c> (a noqa that names no rule suppresses nothing, as in ansible-lint). Codes (<c>IAC0122</c>) work wherever a rule name does.
/// </summary>
internal static partial class CommentDirectives
{
    private static readonly RuleFamily[] YamlOnly = [RuleFamily.Yaml];
    private static readonly RuleFamily[] NoqaFamilies = [RuleFamily.Ansible, RuleFamily.Yaml, RuleFamily.Kubernetes, RuleFamily.Compose, RuleFamily.Secrets];
    private static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>Builds the suppression map of a file from its comments.</summary>
    public static SuppressionMap Read(LintFile file)
    {
        var map = new SuppressionMap();
        var text = file.Text;
        if (IsDisableFile(file.Source))
        {
            map.DisableFile(RuleFamily.Yaml);
        }

        // Every directive names yamllint or noqa: without either word there is nothing to read, and no comment scan.
        if (!text.Contains("yamllint", StringComparison.Ordinal) && !text.Contains("noqa", StringComparison.Ordinal))
        {
            return map;
        }

        var noqa = new List<(int Line, string[] Names)>();
        foreach (var (line, comment, inline) in Comments(file))
        {
            ReadYamllint(map, line, comment, inline);
            if (ReadNoqa(map, line, comment) is { } names)
            {
                noqa.Add((line, names));
            }
        }

        // In Ansible task files a noqa anywhere in a task covers the whole task.
        AnsibleNoqa.Apply(file, map, noqa);
        return map;
    }

    /// <summary>
    /// yamllint's test: its first line (up to the first <c>\n</c>, less a <c>\r</c> before it) matches
    /// <c>^#\s*yamllint disable-file\s*$</c>. yamllint reads a UTF-8 byte order mark as a character of that line, so a
    /// file that starts with one is never disabled.
    /// </summary>
    private static bool IsDisableFile(SourceText source) =>
        !source.HadByteOrderMark && source.Lines.Count > 0 && DisableFileRegex().IsMatch(source.LineText(1).TrimEnd('\r'));

    private static void ReadYamllint(SuppressionMap map, int line, string comment, bool inline)
    {
        var match = YamllintRegex().Match(comment);
        if (!match.Success)
        {
            return;
        }

        var names = match.Groups["rules"].Captures.Select(c => c.Value).ToArray();
        switch (match.Groups["verb"].Value)
        {
            case "disable-line":
                // Inline: this line. On its own line: the next one.
                map.SuppressLine(inline ? line : line + 1, YamlOnly, names);
                break;
            case "disable":
                map.Block(line, disable: true, YamlOnly, names);
                break;
            case "enable":
                map.Block(line, disable: false, YamlOnly, names);
                break;
        }
    }

    private static string[]? ReadNoqa(SuppressionMap map, int line, string comment)
    {
        var match = NoqaRegex().Match(comment);
        if (!match.Success)
        {
            return null;
        }

        var names = match.Groups["rules"].Value
            .Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .ToArray();
        // ansible-lint 6.13.1 skips only the rules a noqa names (skip_utils.get_rule_skips_from_line), for its own
        // rules and for yamllint's: a bare "# noqa" silences nothing, and so it does here in every family.
        if (names.Length == 0)
        {
            return null;
        }

        map.SuppressLine(line, NoqaFamilies, names);
        return names;
    }

    /// <summary>
    /// Every comment with its line (the scanner's, where a lone <c>\r</c> also ends a line), its text as yamllint reads
    /// it (from <c>#</c> to the next <c>\n</c>, so a <c>\r</c> and what follows a lone one are part of it), and whether
    /// code precedes it on its line.
    /// </summary>
    private static IEnumerable<(int Line, string Text, bool Inline)> Comments(LintFile file)
    {
        var text = file.Text;
        foreach (var token in file.Tokens)
        {
            if (token is not Comment)
            {
                continue;
            }

            var start = (int)token.Start.Index;
            var lineNumber = (int)token.Start.Line;
            if (start < 0 || start >= text.Length || lineNumber < 1)
            {
                continue;
            }

            // Offsets from the text itself: the scanner's line numbers count lone \r as line ends and the line table
            // does not, so a line of the table is not the comment's line in a file with one.
            var end = text.IndexOf('\n', start);
            var comment = text[start..(end < 0 ? text.Length : end)];
            var lineStart = start == 0 ? 0 : text.LastIndexOfAny(LineBreaks, start - 1) + 1;
            var inline = !text.AsSpan(lineStart, start - lineStart).IsWhiteSpace();
            yield return (lineNumber, comment, inline);
        }
    }

    // Python's \s (str.isspace) is .NET's plus the separators \x1c-\x1f; yamllint's patterns are Python's.
    [GeneratedRegex(@"^#[\s\x1c-\x1f]*yamllint disable-file[\s\x1c-\x1f]*$")]
    private static partial Regex DisableFileRegex();

    [GeneratedRegex(@"^# yamllint (?<verb>disable-line|disable|enable)(?: rule:(?<rules>[^\s\x1c-\x1f]+))*[\s\x1c-\x1f]*$")]
    private static partial Regex YamllintRegex();

    // A noqa ends at its line: a lone \r ends the line for ansible-lint as for the YAML scanner.
    [GeneratedRegex(@"(?:^|\s)noqa(?:\s*:\s*|\s+|$)(?<rules>[^#\r]*)")]
    private static partial Regex NoqaRegex();
}
