using IacTest.Harness.Engine;

namespace IacTest.Harness.Reaping;

/// <summary>What one reaping pass removed, and what it could not remove.</summary>
/// <param name="Removed">The removed resources.</param>
/// <param name="Failures">One line per resource that could not be removed.</param>
public sealed record ReapReport(IReadOnlyList<LabelledResource> Removed, IReadOnlyList<string> Failures)
{
    /// <summary>The temporary folders (converge inputs) of dead owners that were deleted.</summary>
    public IReadOnlyList<string> RemovedFolders { get; init; } = [];
}
