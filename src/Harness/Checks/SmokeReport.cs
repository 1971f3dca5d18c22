using IacTest.Harness.Secrets;

namespace IacTest.Harness.Checks;

/// <summary>The results of a set of checks.</summary>
/// <param name="Results">One result per check, in declaration order.</param>
public sealed record SmokeReport(IReadOnlyList<CheckResult> Results)
{
    /// <summary>True when every check passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>The failed checks.</summary>
    public IReadOnlyList<CheckResult> Failures => Results.Where(r => !r.Passed).ToList();

    /// <summary>A summary line, then each failure in full.</summary>
    public string Describe()
    {
        var failures = Failures;
        var head = $"smoke checks: {Results.Count - failures.Count} of {Results.Count} passed";
        return SecretMasker.Shared.Mask(failures.Count == 0 ? head : head + "\n" + string.Join("\n", failures.Select(f => f.Describe())));
    }
}
