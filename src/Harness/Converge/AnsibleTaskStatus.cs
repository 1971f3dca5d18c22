namespace IacTest.Harness.Converge;

/// <summary>How a task ended on one host.</summary>
public enum AnsibleTaskStatus
{
    /// <summary>Ran and changed nothing.</summary>
    Ok,

    /// <summary>Ran and changed something.</summary>
    Changed,

    /// <summary>Failed (also when the failure was ignored or rescued; the recap counts those apart).</summary>
    Failed,

    /// <summary>Skipped by a condition (or every loop item skipped).</summary>
    Skipped,

    /// <summary>The host could not be reached.</summary>
    Unreachable,
}
