using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>Ends the last line with the file's own line break.</summary>
internal sealed class NewLineAtEndOfFileFix : RuleFix
{
    public override string Summary => "a line break (the one the file already uses) is added after the last line.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding) =>
        text.Text.Length > 0 && text.Text[^1] != '\n' ? new TextEdit(text.Text.Length, 0, text.LineBreak) : null;
}
