using System.Diagnostics;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Scenarios;

/// <summary>
/// Theories the discovery tests hand to <see cref="RoleTheoryDiscoverer"/>. Not public, so xunit does not run them.
/// </summary>
#pragma warning disable xUnit1000 // Deliberately not public: these rows are inspected, never run.
internal sealed class RoleTheorySamples
#pragma warning restore xUnit1000
{
    [RoleTheory("Roles/heartbeat"), Platforms("debian:bookworm:systemd", "debian:trixie:systemd", "debian:bullseye:systemd")]
    public void Heartbeat(Platform platform) => throw new UnreachableException(platform.Name);

    [RoleTheory("Roles/apt_sources"), Platforms("debian:bookworm", "debian:bullseye")]
    public void AptSources(Platform platform) => throw new UnreachableException(platform.Name);

    [RoleTheory("Roles/no_such_role"), Platforms("debian:bookworm")]
    public void MissingRole(Platform platform) => throw new UnreachableException(platform.Name);
}
