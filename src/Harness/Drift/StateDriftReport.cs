using IacTest.Harness.Secrets;

namespace IacTest.Harness.Drift;

/// <summary>Everything a state drift run found: one row per host × resource, one row per host that could not be checked.</summary>
/// <param name="Rows">The rows, hosts in list order, resources in declaration order.</param>
/// <param name="CommandsPerHost">The commands (round trips) each host was sent, connection check included.</param>
/// <param name="Duration">The run's wall time.</param>
public sealed record StateDriftReport(IReadOnlyList<StateDriftRow> Rows, IReadOnlyDictionary<string, int> CommandsPerHost, TimeSpan Duration)
{
    /// <summary>True when every resource of every host is as declared.</summary>
    public bool IsClean => Rows.All(r => r.IsClean);

    /// <summary>The rows that are not clean.</summary>
    public IReadOnlyList<StateDriftRow> Findings => Rows.Where(r => !r.IsClean).ToList();

    /// <summary>A summary line, then every finding in full.</summary>
    public string Describe()
    {
        var count = (StateDriftOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
        var head = $"state drift: {CommandsPerHost.Count} host(s), {Rows.Count} row(s): {count(StateDriftOutcome.Clean)} clean, "
            + $"{count(StateDriftOutcome.Drift)} drift, {count(StateDriftOutcome.Unreachable)} unreachable, {count(StateDriftOutcome.Error)} error "
            + $"in {Duration.TotalSeconds:0.0} s";
        var findings = Findings;
        return SecretMasker.Shared.Mask(findings.Count == 0 ? head : head + "\n" + string.Join("\n", findings.Select(f => f.Describe())));
    }
}
