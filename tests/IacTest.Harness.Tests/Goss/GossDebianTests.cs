using IacTest.Harness.Tests.Checks;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

public sealed class GossDebianTests(DebianSmokeFixture fixture) : IClassFixture<DebianSmokeFixture>
{
    [DockerTheory]
    [GossData("Goss/Fixtures/debian.yaml", RetryTimeoutSeconds = 15)]
    public Task Debian_machine_matches(GossCase check) => check.AssertAsync(fixture.Environment);
}
