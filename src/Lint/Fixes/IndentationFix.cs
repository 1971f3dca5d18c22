using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>
/// Moves a wrongly indented block (a sequence from its wrong item, a mapping from its wrong key), with everything nested
/// in it, to the expected column: every line shifts by the same amount, so nested blocks keep their own indentation
/// and block scalars their text.
/// </summary>
internal sealed partial class IndentationFix : RuleFix
{
    public override string Summary =>
        "a sequence item or mapping key found at the wrong column moves to the expected one with the rest of its block and everything nested in it; what the text alone cannot place (flow collections, multi-line strings) is left to a person.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        int expected, found;
        if (Columns().Match(finding.Message) is { Success: true } columns)
        {
            expected = int.Parse(columns.Groups[1].Value, CultureInfo.InvariantCulture);
            found = int.Parse(columns.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else if (AtLeast().Match(finding.Message) is { Success: true } atLeast)
        {
            // With `spaces: consistent` and nothing indented yet, any deeper column will do: two spaces under the
            // parent; when the file turns out to indent by another width, the next round says so and moves it again.
            found = int.Parse(atLeast.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
            expected = found + 2;
        }
        else
        {
            return null;
        }

        if (!text.HasLine(finding.Line))
        {
            return null;
        }

        var first = text.LineContent(finding.Line);
        // Inside a flow collection indentation is layout the parser ignores, and yamllint's expectation there follows
        // the brackets, not the block: moving such a line is not this fix's business.
        if (text.Indentation(finding.Line) != found || finding.Column != found + 1 || first.Length <= found || first[found] is '#' or ']' or '}'
            || text.InFlow(finding.Line, finding.Column))
        {
            return null;
        }

        // The block: the lines at the found column of the same kind (items of the sequence, keys of the mapping) and
        // every deeper line after them; blank lines between them are kept as they are.
        var sequence = IsSequenceItem(first, found);
        var last = finding.Line;
        for (var line = finding.Line + 1; line <= text.LineCount; line++)
        {
            var content = text.LineContent(line);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var indent = text.Indentation(line);
            if (indent > found || (indent == found && IsSequenceItem(content, found) == sequence && content[found] != '#'))
            {
                last = line;
                continue;
            }

            break;
        }

        var shift = expected - found;
        var replaced = new StringBuilder();
        for (var line = finding.Line; line <= last; line++)
        {
            var content = text.LineContent(line);
            var indent = text.Indentation(line);
            if (content.Trim().Length > 0)
            {
                if (indent + shift < 0)
                {
                    return null;
                }

                content = new string(' ', indent + shift) + content[indent..];
            }

            replaced.Append(content);
            if (line < last)
            {
                replaced.Append(text.Text, text.ContentEnd(line), text.LineStart(line + 1) - text.ContentEnd(line));
            }
        }

        var start = text.LineStart(finding.Line);
        var end = text.ContentEnd(last);
        return new TextEdit(start, end - start, replaced.ToString());
    }

    private static bool IsSequenceItem(string content, int indent) =>
        content.Length > indent && content[indent] == '-' && (content.Length == indent + 1 || content[indent + 1] is ' ' or '\t');

    [GeneratedRegex(@"^wrong indentation: expected (\d+) but found (\d+)$")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^wrong indentation: expected at least (\d+)$")]
    private static partial Regex AtLeast();
}
