using IacTest.Harness.Checks;

namespace IacTest.Harness.Drift;

/// <summary>One host × resource of a state drift run (or one row for a host that could not be checked).</summary>
/// <param name="Host">The host's name.</param>
/// <param name="Resource">The resource, e.g. <c>file:/etc/ssh/sshd_config</c>; <c>(host)</c> for a host row.</param>
/// <param name="Position">Where the resource is declared, <c>goss.yaml(12)</c>, or null.</param>
/// <param name="Outcome">What was found.</param>
/// <param name="Message">Expected vs actual with the evidence, or the reason the host could not be checked; masked.</param>
public sealed record StateDriftRow(string Host, string Resource, string? Position, StateDriftOutcome Outcome, string Message)
{
    /// <summary>The check the row is about (its goss file and line when declared in one), or null for a host row.</summary>
    public StateCheck? Declaration { get; init; }

    /// <summary>The attributes that differ from their declaration, expected vs actual (drift rows only).</summary>
    public IReadOnlyList<AttributeOutcome> Differences { get; init; } = [];

    /// <summary>The resource name of a row that stands for a whole host.</summary>
    public const string HostRow = "(host)";

    /// <summary>The row's name: <c>web1 · file:/etc/motd</c>.</summary>
    public string Label => $"{Host} · {Resource}";

    /// <summary>True when the resource is as declared.</summary>
    public bool IsClean => Outcome == StateDriftOutcome.Clean;

    /// <summary>The row as a failure message: position first, so an editor or CI log links to the declaration.</summary>
    public string Describe() => Position is null ? $"{Label}: {Message}" : $"{Position}: {Label}: {Message}";
}
