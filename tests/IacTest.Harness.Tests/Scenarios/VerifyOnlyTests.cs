using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class VerifyOnlyTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A private copy of the role: the scenario label is the role folder's, so the kept machine is this test's alone.
    private readonly string role = RoleCopy.Of("web_users");

    [DockerFact]
    public async Task A_failed_run_keeps_its_machine_and_a_verify_only_run_checks_it_again_without_converging()
    {
        // Given: a run whose verify fails, with keep-on-failure
        var failing = Scenario(async (environment, ct) =>
        {
            // The check as first written expects the wrong port (a plain exception: Shouldly rethrows its own).
            if (await environment.ReadFileAsync("/etc/web-port", ct) != "8443")
            {
                throw new InvalidDataException("the web port is not 8443");
            }
        });
        await Should.ThrowAsync<InvalidDataException>(() => failing.RunAsync());

        // When: the corrected verify runs against the kept machine
        string? verifiedIn = null;
        var corrected = Scenario(async (environment, ct) =>
        {
            verifiedIn = environment.ContainerName;
            (await environment.ReadFileAsync("/etc/web-port", ct)).ShouldBe("8080"); // Jinja drops the content's trailing newline
            (await environment.ExecAsync(["grep", "-c", "alice", "/etc/web-users.conf"], ct)).Stdout.Trim().ShouldBe("1");
        });
        await corrected.VerifyOnlyAsync();

        // Then: verified in the kept container, nothing converged, and the machine is still there for the next verify
        verifiedIn.ShouldNotBeNull();
        verifiedIn.ShouldStartWith("iactest-kept-");
        corrected.VerifiedOnly.ShouldBeTrue();
        corrected.ConvergeResult.ShouldBeNull();
        corrected.IdempotenceResult.ShouldBeNull();
        corrected.Instance.ShouldBeNull();
        (await Docker.RunAsync("inspect", "-f", "{{.State.Running}}", verifiedIn)).Trim().ShouldBe("true");

        // When: the same verify against the container named explicitly
        string? named = null;
        await Scenario((environment, _) =>
        {
            named = environment.ContainerName;
            return Task.CompletedTask;
        }).VerifyOnlyAsync(verifiedIn);

        // Then
        named.ShouldBe(verifiedIn);
    }

    [DockerFact]
    public async Task With_two_platforms_kept_each_platform_verifies_its_own_machine_not_the_newest()
    {
        // Given: the same failing scenario kept on bookworm, then on bullseye (the newest kept machine)
        var bookworm = Platform.Parse("debian:bookworm");
        var bullseye = Platform.Parse("debian:bullseye");
        foreach (var platform in new[] { bookworm, bullseye })
        {
            await Should.ThrowAsync<InvalidDataException>(() => Scenario(platform, (_, _) => throw new InvalidDataException("kept on purpose")).RunAsync());
        }

        // When: a verify-only run of each platform's row
        var codenames = new Dictionary<Platform, string>();
        foreach (var platform in new[] { bookworm, bullseye })
        {
            await Scenario(platform, async (environment, ct) =>
            {
                environment.ContainerName.ShouldStartWith("iactest-kept-");
                codenames[platform] = (await environment.ExecAsync(["sh", "-c", ". /etc/os-release && echo $VERSION_CODENAME"], ct)).Stdout.Trim();
            }).VerifyOnlyAsync();
        }

        // Then: each attached to the machine kept for its platform
        codenames[bookworm].ShouldBe("bookworm");
        codenames[bullseye].ShouldBe("bullseye");
    }

    [DockerFact]
    public async Task Verify_only_without_a_kept_machine_or_with_an_unknown_name_says_what_to_do()
    {
        // Given: a scenario that never ran
        var scenario = Scenario((_, _) => Task.CompletedTask);

        // When
        var nothingKept = await Should.ThrowAsync<InvalidOperationException>(() => scenario.VerifyOnlyAsync());
        var unknown = await Should.ThrowAsync<InvalidOperationException>(() => scenario.VerifyOnlyAsync("iactest-no-such-machine"));

        // Then
        nothingKept.Message.ShouldContain("no kept environment of the scenario of role web_users on base:debianpython is running");
        nothingKept.Message.ShouldContain("IACTEST_KEEP_ON_FAILURE=1");
        unknown.Message.ShouldStartWith("there is no container 'iactest-no-such-machine' to verify");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Only this role copy's machines (other test runs on the engine keep theirs), found here so a failed assertion leaves none.
        foreach (var id in await Docker.ListAsync($"label={MoleculeScenario.ScenarioLabel}={MoleculeScenario.IdentityOf(role)}"))
        {
            await Docker.RunAsync("rm", "-f", id);
        }

        Directory.Delete(Path.GetDirectoryName(role)!, recursive: true);
    }

    private MoleculeScenario Scenario(Func<IacEnvironment, CancellationToken, Task> check) =>
        Scenario(new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython), check);

    private MoleculeScenario Scenario(Platform platform, Func<IacEnvironment, CancellationToken, Task> check) =>
        Scenario(new EnvironmentBuilder().WithPlatform(platform), check);

    private MoleculeScenario Scenario(EnvironmentBuilder environment, Func<IacEnvironment, CancellationToken, Task> check) =>
        environment
            .WithKeepOnFailure()
            .WithLog(output.WriteLine)
            .ForRole(role, run => run.WithFactGathering(false).WithOutput(output.WriteLine), (instance, ct) => check((IacEnvironment)instance.Lifetime!, ct))
            .WithConvergeCache(false);
}
