using System.Globalization;
using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>Removes the blank lines over the maximum from the run the finding ends.</summary>
internal sealed partial class EmptyLinesFix : RuleFix
{
    public override string Summary => "the blank lines over the allowed maximum are removed from the run.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        // yamllint's message states the run's length and the maximum that applied there (start, end or middle of the
        // file): the fix removes exactly the excess, whichever option set it.
        var counts = Counts().Match(finding.Message);
        if (!counts.Success || !text.HasLine(finding.Line))
        {
            return null;
        }

        var excess = int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture) - int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture);
        // The finding names the run's last blank line; its blank lines above are the ones removed.
        var first = finding.Line - excess + 1;
        if (excess <= 0 || first < 1)
        {
            return null;
        }

        for (var line = first; line <= finding.Line; line++)
        {
            if (text.LineContent(line).Length != 0 || text.LineEnd(line) >= text.Text.Length)
            {
                return null;
            }
        }

        var start = text.LineStart(first);
        return new TextEdit(start, text.LineEnd(finding.Line) + 1 - start, string.Empty);
    }

    [GeneratedRegex(@"^too many blank lines \((\d+) > (\d+)\)$")]
    private static partial Regex Counts();
}
