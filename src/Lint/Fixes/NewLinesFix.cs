using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>
/// Rewrites every line break to the expected one: the rule checks the first line only (as yamllint does), but a file
/// with its first break fixed and the others not would be worse than before.
/// </summary>
internal sealed class NewLinesFix : RuleFix
{
    public override string Summary => "every line break of the file becomes the expected one (`\\n` or `\\r\\n`).";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        // The message names the expected break as the configured type resolved it ("platform" included).
        var expected = finding.Message.EndsWith("expected \\r\\n", StringComparison.Ordinal) ? "\r\n"
            : finding.Message.EndsWith("expected \\n", StringComparison.Ordinal) ? "\n"
            : null;
        if (expected is null)
        {
            return null;
        }

        var unix = text.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var fixedText = expected == "\n" ? unix : unix.Replace("\n", "\r\n", StringComparison.Ordinal);
        return fixedText == text.Text ? null : new TextEdit(0, text.Text.Length, fixedText);
    }
}
