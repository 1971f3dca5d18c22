using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>
/// Adds the space after <c>#</c>, or one more space before an inline comment: a round adds one space, and the next
/// lint says whether the configured minimum is reached, so the fix needs no copy of the option.
/// </summary>
internal sealed class CommentsFix : RuleFix
{
    public override string Summary => "a space is added after the `#`, and spaces are added before an inline comment up to `min-spaces-from-content`.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        if (text.Offset(finding.Line, finding.Column) is not { } offset)
        {
            return null;
        }

        return finding.Message switch
        {
            "missing starting space in comment" when offset > 0 && text.Text[offset - 1] == '#' => new TextEdit(offset, 0, " "),
            "too few spaces before comment" when offset < text.Text.Length && text.Text[offset] == '#' => new TextEdit(offset, 0, " "),
            _ => null,
        };
    }
}
