namespace IacTest.Harness.Terraform;

/// <summary>The outcome of a <c>terraform test</c> run block, file or whole run.</summary>
public enum TerraformTestStatus
{
    /// <summary>Not reported (the run stopped before it).</summary>
    Pending,

    /// <summary>Every assertion held.</summary>
    Pass,

    /// <summary>An assertion failed, or an expected failure did not happen.</summary>
    Fail,

    /// <summary>Terraform could not run it (invalid configuration, a failed apply …).</summary>
    Error,

    /// <summary>Skipped (an earlier run block errored).</summary>
    Skip,
}
