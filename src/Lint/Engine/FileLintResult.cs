using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Engine;

/// <summary>The outcome of linting one file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Kind">
/// What the file was recognised as; null when it was not read, or when no rule that ran depends on the kind of file
/// (then it is not classified).
/// </param>
/// <param name="Diagnostics">Findings after configuration and suppressions, ordered by position.</param>
/// <param name="SkippedReason">Why the file was not linted at all (ignored by configuration), or null.</param>
public sealed record FileLintResult(string Path, FileKind? Kind, IReadOnlyList<LintDiagnostic> Diagnostics, string? SkippedReason = null)
{
    /// <summary>
    /// The other files its findings depend on: the folder reads declared by the rules that ran on it
    /// (<see cref="Rules.LintRule.Reads"/>); empty when they depend on the file alone.
    /// </summary>
    public IReadOnlyList<FolderRead> Reads { get; init; } = [];
}
