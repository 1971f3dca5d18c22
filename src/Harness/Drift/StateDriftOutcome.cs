namespace IacTest.Harness.Drift;

/// <summary>What one row of a state drift run found.</summary>
public enum StateDriftOutcome
{
    /// <summary>The resource is as declared.</summary>
    Clean,

    /// <summary>The resource differs from what is declared: drift.</summary>
    Drift,

    /// <summary>The host could not be checked (unreachable, refused, unknown key, lost mid-run): one row for the host.</summary>
    Unreachable,

    /// <summary>The probe failed for another reason (its message says which).</summary>
    Error,
}
