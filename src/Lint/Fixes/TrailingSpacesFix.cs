using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>Removes the spaces and tabs at the end of the line; a <c>\r</c> of a <c>\r\n</c> line break stays.</summary>
internal sealed class TrailingSpacesFix : RuleFix
{
    public override string Summary => "the spaces and tabs at the end of the line are removed (a line break stays as it was).";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        if (text.Offset(finding.Line, finding.Column) is not { } start)
        {
            return null;
        }

        var end = text.ContentEnd(finding.Line);
        for (var i = start; i < end; i++)
        {
            if (text.Text[i] is not (' ' or '\t'))
            {
                return null;
            }
        }

        return end > start ? new TextEdit(start, end - start, string.Empty) : null;
    }
}
