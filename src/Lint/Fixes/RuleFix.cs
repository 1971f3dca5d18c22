using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>
/// The mechanical fix of one rule: a text edit computed from a finding's position and the text there, or none when the
/// text is not what the fix expects (it never guesses). A rule names its fix; the fixer applies the edits of a round
/// that do not overlap and lints again.
/// </summary>
internal abstract class RuleFix
{
    /// <summary>How the fix changes the file, one sentence for the rule's page.</summary>
    public abstract string Summary { get; }

    /// <summary>
    /// Whether the file still parses to the same data after the fix: true for layout fixes, whose edits the fixer
    /// drops when the data would change (a trailing space inside a block scalar is part of its value); false for a
    /// fix whose purpose is a different document (a module renamed to its full name).
    /// </summary>
    public virtual bool KeepsData => true;

    /// <summary>The edit that fixes <paramref name="finding"/>, or null when this text cannot be fixed safely.</summary>
    public abstract TextEdit? Edit(FixText text, LintDiagnostic finding);
}
