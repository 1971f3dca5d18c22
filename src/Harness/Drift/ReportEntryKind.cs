namespace IacTest.Harness.Drift;

/// <summary>What a drift report entry says about a host.</summary>
public enum ReportEntryKind
{
    /// <summary>A task of the repository's playbook would change the host: the host no longer matches its configuration.</summary>
    ConfigurationDrift,

    /// <summary>A checked resource (file, package, service, …) differs from what the repository declares.</summary>
    StateDrift,

    /// <summary>
    /// A task could not tell: it is skipped in check mode, runs anyway (<c>check_mode: false</c>) or failed. Not clean:
    /// the host may or may not match.
    /// </summary>
    Unknown,

    /// <summary>The host could not be reached, so nothing about it is known.</summary>
    Unreachable,
}
