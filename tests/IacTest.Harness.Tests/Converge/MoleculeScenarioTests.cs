using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Converge;

public sealed class MoleculeScenarioTests(ITestOutputHelper output)
{
    [DockerFact]
    public async Task A_role_that_installs_and_configures_a_package_passes_the_whole_sequence()
    {
        // Given
        string? verifiedConfig = null;
        var scenario = new EnvironmentBuilder()
            .WithBaseImage(BaseImage.DebianPython)
            .ForRole(
                TestPaths.Role("logrotate_app"),
                run => run.WithVariable("logrotate_app_name", "shop").WithVariable("logrotate_app_rotate", 14).WithOutput(output.WriteLine),
                verify: async (instance, cancellationToken) =>
                {
                    var environment = (IacEnvironment)instance.Lifetime!;
                    verifiedConfig = await environment.ReadFileAsync("/etc/logrotate.d/shop", cancellationToken);
                    var check = await environment.ExecAsync(["logrotate", "--debug", "/etc/logrotate.d/shop"], cancellationToken);
                    check.ExitCode.ShouldBe(0, check.Stderr);
                });

        // When: create → converge → idempotence → verify → destroy
        await scenario.RunAsync();

        // Then
        scenario.Instance.ShouldBeNull();
        scenario.ConvergeResult!.ChangedTasks.Select(t => t.Task).ShouldBe(
            ["Install logrotate", "Create the log folder", "Write the logrotate configuration", "Install the maintenance notes"]);
        scenario.ConvergeResult.Tasks.ShouldContain(t => t.Task == "Check the logrotate configuration" && t.Status == AnsibleTaskStatus.Ok);
        scenario.IdempotenceResult!.For("instance").Changed.ShouldBe(0);
        scenario.IdempotenceResult.Tasks.ShouldNotContain(t => t.Task == "Check the logrotate configuration");
        verifiedConfig.ShouldBe("# Ansible managed\n/var/log/app/*.log {\n    daily\n    rotate 14\n    compress\n    delaycompress\n    missingok\n    notifempty\n}\n");
    }

    [DockerFact]
    public async Task Each_step_is_callable_and_destroy_removes_the_instance()
    {
        // Given
        await using var scenario = new EnvironmentBuilder()
            .WithBaseImage(BaseImage.DebianPython)
            .ForRole(
                TestPaths.Role("web_users"),
                run => run.WithFactGathering(false).WithOutput(output.WriteLine),
                MoleculeScenario.VerifyPlaybook(Path.Combine(AppContext.BaseDirectory, "Converge", "Playbooks", "verify-web-users.yml"), output.WriteLine));

        // When
        var instance = await scenario.CreateAsync();
        var converged = await scenario.ConvergeAsync();
        var second = await scenario.IdempotenceAsync();
        await scenario.VerifyAsync();
        await scenario.DestroyAsync();

        // Then
        converged.For("instance").Changed.ShouldBe(2);
        second.For("instance").Changed.ShouldBe(0);
        (await Docker.RunAsync("ps", "-aq", "--filter", "name=^" + instance.ContainerName + "$")).Trim().ShouldBeEmpty();
        await Should.ThrowAsync<InvalidOperationException>(() => scenario.ConvergeAsync());
    }
}
