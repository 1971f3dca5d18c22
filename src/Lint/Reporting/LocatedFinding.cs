using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>A finding with the path a code-quality service knows it by, and an identity that survives edits.</summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="RepositoryPath">The path relative to the repository root with <c>/</c> separators, or null when the
/// file lies outside it.</param>
/// <param name="FullPath">The absolute path of the file.</param>
/// <param name="Fingerprint">A hex hash of the rule, the file, the offending line's text and its occurrence index.</param>
internal sealed record LocatedFinding(LintDiagnostic Diagnostic, string? RepositoryPath, string FullPath, string Fingerprint);
