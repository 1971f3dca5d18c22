using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>An inventory that Ansible would refuse: every problem found, each with its file, line and column.</summary>
public sealed class InventoryException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public InventoryException(IReadOnlyList<ModuleDiagnostic> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<ModuleDiagnostic> Problems { get; }

    private static string Describe(IReadOnlyList<ModuleDiagnostic> problems) =>
        problems.Count == 1
            ? $"The inventory is not valid: {problems[0]}"
            : $"The inventory is not valid ({problems.Count} problems):\n" + string.Join('\n', problems.Select(problem => "  " + problem));
}
