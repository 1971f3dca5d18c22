using System.Text.RegularExpressions;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Suppressions;

/// <summary>
/// Reads the suppression comments teams already write: yamllint's <c># yamllint disable…</c> directives and
/// ansible-lint's <c># noqa</c>. Codes (<c>IAC0122</c>) work wherever a rule name does.
/// </summary>
public static partial class CommentDirectives
{
    private static readonly RuleFamily[] YamlOnly = [RuleFamily.Yaml];
    private static readonly RuleFamily[] NoqaFamilies = [RuleFamily.Ansible, RuleFamily.Yaml, RuleFamily.Kubernetes, RuleFamily.Compose, RuleFamily.Secrets];

    /// <summary>Builds the suppression map of a file from its comments.</summary>
    public static SuppressionMap Read(LintFile file)
    {
        var map = new SuppressionMap();
        var text = file.Text;
        if (file.Source.Lines.Count > 0 && IsDisableFile(file.Source.LineText(1)))
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
        Ansible.AnsibleNoqa.Apply(file, map, noqa);
        return map;
    }

    private static bool IsDisableFile(string firstLine) => DisableFileRegex().IsMatch(firstLine.TrimEnd('\r'));

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
            .Select(n => n.TrimEnd('\r'))
            .ToArray();
        map.SuppressLine(line, NoqaFamilies, names);
        return names;
    }

    /// <summary>Every comment with its line, its text from <c>#</c> to the end of the line, and whether code precedes it.</summary>
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
            if (start < 0 || start >= text.Length || lineNumber < 1 || lineNumber > file.Source.Lines.Count)
            {
                continue;
            }

            var line = file.Source.Lines[lineNumber - 1];
            var comment = text[start..line.ContentEnd(text)];
            var inline = !string.IsNullOrWhiteSpace(text[line.Start..start]);
            yield return (lineNumber, comment, inline);
        }
    }

    [GeneratedRegex(@"^# yamllint disable-file\s*$")]
    private static partial Regex DisableFileRegex();

    [GeneratedRegex(@"^# yamllint (?<verb>disable-line|disable|enable)(?: rule:(?<rules>\S+))*\s*$")]
    private static partial Regex YamllintRegex();

    [GeneratedRegex(@"(?:^|\s)noqa(?:\s*:\s*|\s+|$)(?<rules>[^#]*)")]
    private static partial Regex NoqaRegex();
}
