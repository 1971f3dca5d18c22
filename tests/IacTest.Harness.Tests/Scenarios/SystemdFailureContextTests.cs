using IacTest.Harness.Checks;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class SystemdFailureContextTests
{
    [DockerFact]
    public async Task A_failure_on_a_systemd_platform_shows_the_journal_of_the_services_not_the_containers_output()
    {
        // Given: a service that logged through the journal
        await using var environment = await new EnvironmentBuilder().WithPlatform(Platform.Debian("bookworm", PlatformFlavor.Systemd)).StartAsync();
        // Boot done first: journald's stream socket exists only once systemd started it, which on a busy machine can
        // come after `is-system-running --wait` returns (it answers early while the bus is not up yet): wait for the
        // socket itself, with a bound generous enough for a loaded machine.
        var ready = await environment.ExecAsync(["timeout", "180", "sh", "-c", "until test -S /run/systemd/journal/stdout; do sleep 0.2; done"]);
        ready.ExitCode.ShouldBe(0, "journald's stream socket never appeared");
        var logged = await environment.ExecAsync(["sh", "-c", "echo 'shop-api listening on 8080' | systemd-cat -t shop-api"]);
        logged.ExitCode.ShouldBe(0, logged.Stderr);

        // When
        var context = "";
        for (var attempt = 0; attempt < 480 && !context.Contains("shop-api listening on 8080", StringComparison.Ordinal); attempt++)
        {
            context = await FailureContext.DescribeAsync(environment);
            await Task.Delay(250);
        }

        // Then
        context.ShouldStartWith($"environment {environment.ContainerName} ({environment.Image}) journal, last 50 lines:\n");
        context.ShouldContain("shop-api[");
        context.ShouldContain("]: shop-api listening on 8080");
    }
}
