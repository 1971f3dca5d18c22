namespace IacTest.Harness.Kubernetes;

/// <summary>How an object differs between two overlays.</summary>
public enum ObjectChangeKind
{
    /// <summary>Only the compared overlay has it.</summary>
    Added,

    /// <summary>Only the overlay compared against has it.</summary>
    Removed,

    /// <summary>Both have it, rendered differently.</summary>
    Changed,
}
