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
        // Boot done first: journald's socket exists only once systemd started it.
        await environment.ExecAsync(["timeout", "60", "systemctl", "is-system-running", "--wait"]);
        var logged = await environment.ExecAsync(["sh", "-c", "echo 'shop-api listening on 8080' | systemd-cat -t shop-api"]);
        logged.ExitCode.ShouldBe(0, logged.Stderr);

        // When
        var context = "";
        for (var attempt = 0; attempt < 20 && !context.Contains("shop-api listening on 8080", StringComparison.Ordinal); attempt++)
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
