using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Rules;

/// <summary>
/// Where a rule's findings go (the engine's per-file sink, which applies suppressions and the cap). An interface so
/// the rules, below the engine, do not name the engine's type.
/// </summary>
internal interface IFindingSink
{
    /// <summary>Takes one finding of a rule.</summary>
    void Add(LintDiagnostic diagnostic);
}
