using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Checks;

/// <summary>The outcome of one resource check after its retries.</summary>
/// <param name="Check">The check.</param>
/// <param name="Outcomes">Each attribute's outcome in the last attempt.</param>
/// <param name="Evidence">The commands of the last attempt.</param>
/// <param name="Attempts">How many attempts were made.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Error">A probe error (e.g. the environment went away), if any.</param>
public sealed record CheckResult(
    ResourceCheck Check, IReadOnlyList<AttributeOutcome> Outcomes, IReadOnlyList<Evidence> Evidence,
    int Attempts, TimeSpan Duration, string? Error = null)
{
    /// <summary>True when every attribute matched and no error happened.</summary>
    public bool Passed => Error is null && Outcomes.All(o => o.Passed);

    /// <summary>A failure report: which attributes failed (expected vs actual), then the evidence.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var failed = Outcomes.Where(o => !o.Passed).ToList();
        text.Append(Check.Label).Append(": ");
        text.Append(Passed ? "passed" : Error is not null ? "error" : $"{failed.Count} of {Outcomes.Count} attribute(s) failed");
        text.Append($" ({Attempts} attempt{(Attempts == 1 ? "" : "s")}, {Duration.TotalSeconds:0.0} s)");
        if (Error is not null)
        {
            text.Append("\n  ").Append(Error);
        }

        foreach (var outcome in failed)
        {
            text.Append("\n  ").Append(outcome.Describe());
        }

        if (!Passed && Evidence.Count > 0)
        {
            text.Append("\n  evidence:");
            foreach (var evidence in Evidence)
            {
                text.Append('\n').Append(string.Join('\n', evidence.Describe().Split('\n').Select(l => "    " + l)));
            }
        }

        return SecretMasker.Shared.Mask(text.ToString());
    }
}
