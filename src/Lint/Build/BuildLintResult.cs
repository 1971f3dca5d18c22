using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Build;

/// <summary>What one build's lint found and what it cost.</summary>
/// <param name="Reported">Findings to report, in file order, after <c>NoWarn</c> and <c>TreatWarningsAsErrors</c>; configuration and setting mistakes first.</param>
/// <param name="FileCount">Files in the lint after ignores.</param>
/// <param name="LintedFileCount">Files linted (not taken from the cache).</param>
/// <param name="Details">Lines for a detailed log: where the time went, a cache that could not be written.</param>
internal sealed record BuildLintResult(IReadOnlyList<LintDiagnostic> Reported, int FileCount, int LintedFileCount, IReadOnlyList<string> Details)
{
    /// <summary>Files whose findings came from the cache.</summary>
    public int CachedFileCount => FileCount - LintedFileCount;
}
