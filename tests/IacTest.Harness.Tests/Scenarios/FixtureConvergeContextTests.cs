using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Scenarios;

/// <summary>A machine converged once by its class fixture, where no test's output receives the transcript.</summary>
public sealed class ConvergedWebUsersFixture : EnvironmentFixture
{
    /// <inheritdoc />
    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) => builder.WithBaseImage(BaseImage.DebianPython);

    /// <inheritdoc />
    protected override async Task InitializeEnvironmentAsync(IacEnvironment environment)
    {
        await AnsiblePlaybookRun.Role(TestPaths.Role("web_users"))
            .WithFactGathering(false)
            .WithVariable("web_users_port", 9090)
            .WithEnvironment(environment)
            .ConvergeAsync();
    }
}

public sealed class FixtureConvergeContextTests(ConvergedWebUsersFixture fixture) : IClassFixture<ConvergedWebUsersFixture>
{
    [DockerFact]
    public async Task A_failed_check_shows_the_converge_transcript_of_the_fixture_that_converged_the_machine()
    {
        // Given: a check the converged machine does not pass
        var checks = new SmokeChecks(fixture.Environment).File("/etc/web-port", file => file.Contains("8080"));

        // When
        var failure = await Should.ThrowAsync<SmokeCheckException>(() => checks.AssertAsync());

        // Then: the message tells how the machine was converged, task by task
        failure.Message.ShouldContain("converge transcript of this environment:");
        failure.Message.ShouldContain("changed: [instance] web_users : Write the port file");
        failure.Message.ShouldContain("instance ok=3 changed=2 unreachable=0 failed=0");
    }
}
