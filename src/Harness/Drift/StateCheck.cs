using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Goss;

namespace IacTest.Harness.Drift;

/// <summary>One desired-state check of a drift run, with where it was declared (a goss file's line) when known.</summary>
/// <param name="Check">The check.</param>
/// <param name="File">The goss file that declares it, or null for a check written in C#.</param>
/// <param name="Line">Its line in <paramref name="File"/> (1-based), or 0.</param>
public sealed record StateCheck(ResourceCheck Check, string? File = null, int Line = 0)
{
    /// <summary><c>file(line)</c>, the way compilers print a position, or null.</summary>
    public string? Position => File is null ? null : $"{File}({Line})";

    /// <summary>The resources of a goss suite (skipped ones left out), each with its file and line.</summary>
    public static IReadOnlyList<StateCheck> FromGoss(GossSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        if (suite.Diagnostics.Count > 0)
        {
            throw new GossFileException(suite.Diagnostics);
        }

        return suite.Resources.Where(r => !r.Check.Skip).Select(r => new StateCheck(r.Check, r.File, r.Line)).ToList();
    }

    /// <summary>The checks declared with the C# DSL.</summary>
    public static IReadOnlyList<StateCheck> FromSmokeChecks(SmokeChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.Build().Select(c => new StateCheck(c)).ToList();
    }
}
