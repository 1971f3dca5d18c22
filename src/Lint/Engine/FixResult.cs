using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Engine;

/// <summary>What <see cref="LintFixer"/> made of one file.</summary>
/// <param name="Text">The fixed text (the same text when nothing was fixed).</param>
/// <param name="Applied">Edits applied over all rounds.</param>
/// <param name="Remaining">The findings of the fixed text: those no fix can remove, and any the fixes could not place.</param>
public sealed record FixResult(string Text, int Applied, IReadOnlyList<LintDiagnostic> Remaining)
{
    /// <summary>Whether the text changed.</summary>
    public bool Changed => Applied > 0;
}
