using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>Adds the missing <c>---</c> line before the document, or removes a forbidden one that stands alone on its line.</summary>
internal sealed class DocumentStartFix : RuleFix
{
    public override string Summary => "a `---` line is added before the document's first line (comments above it stay above); with `present: false` a `---` alone on its line is removed.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        if (!text.HasLine(finding.Line))
        {
            return null;
        }

        if (finding.Message.StartsWith("missing document start", StringComparison.Ordinal))
        {
            return new TextEdit(text.LineStart(finding.Line), 0, "---" + text.LineBreak);
        }

        if (finding.Message.StartsWith("found forbidden document start", StringComparison.Ordinal) && text.LineContent(finding.Line).TrimEnd() == "---"
            && text.LineEnd(finding.Line) < text.Text.Length)
        {
            // Only a document start that opens the stream: between two documents the marker is what separates them.
            for (var line = 1; line < finding.Line; line++)
            {
                var content = text.LineContent(line).TrimStart();
                if (content.Length > 0 && content[0] != '#' && content[0] != '%')
                {
                    return null;
                }
            }

            var start = text.LineStart(finding.Line);
            return new TextEdit(start, text.LineEnd(finding.Line) + 1 - start, string.Empty);
        }

        return null;
    }
}
