namespace IacTest.Harness.Drift;

/// <summary>The rule of each entry kind as code scanning shows it: a stable id, a name, a description and a level.</summary>
public static class ReportRules
{
    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<ReportRule> All { get; } =
    [
        new("DRIFT001", "configuration-drift", ReportEntryKind.ConfigurationDrift, "error",
            "A task would change the host",
            "The playbook run in check mode with diff would change this host: it no longer matches what the repository describes."),
        new("DRIFT002", "state-drift", ReportEntryKind.StateDrift, "error",
            "A resource differs from its declaration",
            "A checked resource (file, package, service, port, user, command) on this host differs from what the repository declares."),
        new("DRIFT003", "unknown-in-check-mode", ReportEntryKind.Unknown, "warning",
            "A task could not be checked",
            "The task is skipped in check mode, always runs (check_mode: false) or failed, so whether the host matches is not known."),
        new("DRIFT004", "host-unreachable", ReportEntryKind.Unreachable, "error",
            "A host could not be reached",
            "Nothing about this host is known: the connection failed."),
    ];

    /// <summary>The rule of <paramref name="kind"/>.</summary>
    public static ReportRule For(ReportEntryKind kind) => All.First(rule => rule.Kind == kind);
}
