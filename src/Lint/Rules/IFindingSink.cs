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

    /// <summary>Records a folder the rule read beyond what it declares, so the build cache knows the file depends on it.</summary>
    void AddRead(FolderRead read);
}
