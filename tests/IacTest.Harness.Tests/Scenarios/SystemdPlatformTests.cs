using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class SystemdPlatformTests(ITestOutputHelper output)
{
    // The role lists bookworm and trixie: the bullseye row is skipped at discovery, before any container starts.
    [RoleTheory("Roles/heartbeat"), Platforms("debian:bookworm:systemd", "debian:bullseye:systemd")]
    public async Task A_service_check_sees_the_converged_unit_active_under_systemd(Platform platform)
    {
        // Given
        var facts = new Dictionary<string, object?>();
        var journal = "";
        var pid1 = "";
        var scenario = new EnvironmentBuilder()
            .WithPlatform(platform)
            .WithLog(output.WriteLine)
            .ForRole(
                "Roles/heartbeat",
                run => run.WithVariable("heartbeat_interval", 1).WithVariable("heartbeat_message", "beat from the test").WithOutput(output.WriteLine),
                verify: async (instance, ct) =>
                {
                    var environment = (IacEnvironment)instance.Lifetime!;
                    pid1 = (await environment.ExecAsync(["cat", "/proc/1/comm"], ct)).Stdout.Trim();
                    foreach (var (name, value) in (await new ServiceProbe("heartbeat").GatherAsync(environment, ct)).Values)
                    {
                        facts[name] = value;
                    }

                    // The unit writes a line a second: wait for the journal to hold one, bounded generously for a loaded machine.
                    for (var attempt = 0; attempt < 240 && !journal.Contains("beat from the test", StringComparison.Ordinal); attempt++)
                    {
                        journal = (await environment.ExecAsync(["journalctl", "-u", "heartbeat", "--no-pager", "-o", "cat"], ct)).Stdout;
                        await Task.Delay(500, ct);
                    }
                })
            // This test is about the converge itself: never start from a kept converged state.
            .WithConvergeCache(false);

        // When: create → converge → idempotence → verify → destroy
        await scenario.RunAsync();

        // Then
        pid1.ShouldBe("systemd");
        facts["running"].ShouldBe(true);
        facts["enabled"].ShouldBe(true);
        journal.ShouldContain("beat from the test");
        scenario.ConvergeResult!.ChangedTasks.Select(t => t.Task).ShouldContain("Start heartbeat and enable it at boot");
        scenario.IdempotenceResult!.For("instance").Changed.ShouldBe(0);
    }
}
