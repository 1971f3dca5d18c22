using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>
/// Finds out the actual state of one resource on a target (a container, an SSH host, the local machine), with commands
/// that work in busybox and Debian.
/// </summary>
public interface IResourceProbe
{
    /// <summary>The attributes this probe reports.</summary>
    IReadOnlyCollection<string> Attributes { get; }

    /// <summary>Runs the probe.</summary>
    Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct);
}
