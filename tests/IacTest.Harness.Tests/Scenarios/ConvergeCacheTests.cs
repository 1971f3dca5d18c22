using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

[Collection(ModuleReferencesCollection.Name)]
public sealed class ConvergeCacheTests(ITestOutputHelper output) : IDisposable
{
    // A private copy of the role, so this test's keys are its own and a change to it touches nothing else.
    private readonly string role = RoleCopy.Of("heartbeat");
    private readonly List<string> keys = [];

    [DockerFact]
    public async Task An_unchanged_role_starts_from_its_converged_state_and_a_one_byte_template_or_variable_change_converges_again()
    {
        // Given: no unloaded docs example assembly still listed by the process (its module references would leave the
        // cache key between the runs below when collected), and a converged and verified systemd platform
        for (var round = 0; round < 20 && AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.IsCollectible); round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var first = await RunAsync("beat one");
        first.Scenario.ConvergedFromCache.ShouldBeFalse();
        first.Scenario.ConvergeResult.ShouldNotBeNull();
        first.Running.ShouldBe(true);

        // When: the same scenario again
        var unchanged = await RunAsync("beat one");

        // Then: no converge, no idempotence; the kept state boots its enabled unit
        unchanged.Scenario.ConvergedFromCache.ShouldBeTrue();
        unchanged.Scenario.ConvergeCacheKey.ShouldBe(first.Scenario.ConvergeCacheKey);
        unchanged.Scenario.ConvergeResult.ShouldBeNull();
        unchanged.Scenario.IdempotenceResult.ShouldBeNull();
        unchanged.Running.ShouldBe(true);

        // When: one byte of a template changes
        var template = Path.Combine(role, "templates", "heartbeat.service.j2");
        await File.WriteAllTextAsync(template, (await File.ReadAllTextAsync(template)).Replace("Heartbeat every", "Heartbeat Every", StringComparison.Ordinal));
        var templateChanged = await RunAsync("beat one");

        // Then
        templateChanged.Scenario.ConvergedFromCache.ShouldBeFalse();
        templateChanged.Scenario.ConvergeResult!.ChangedTasks.Select(t => t.Task).ShouldContain("Install the heartbeat unit");
        templateChanged.Scenario.ConvergeCacheKey.ShouldNotBe(first.Scenario.ConvergeCacheKey);

        // When: a variable changes
        var variableChanged = await RunAsync("beat two");

        // Then
        variableChanged.Scenario.ConvergedFromCache.ShouldBeFalse();
        variableChanged.Scenario.ConvergeResult.ShouldNotBeNull();
        variableChanged.Scenario.ConvergeCacheKey.ShouldNotBe(templateChanged.Scenario.ConvergeCacheKey);
    }

    public void Dispose()
    {
        foreach (var key in keys.Distinct())
        {
            Docker.RunAsync("rmi", ConvergedImageCache.TagOf(key)).GetAwaiter().GetResult();
        }

        Directory.Delete(Path.GetDirectoryName(role)!, recursive: true);
    }

    private async Task<(MoleculeScenario Scenario, object? Running)> RunAsync(string message)
    {
        object? running = null;
        var scenario = new EnvironmentBuilder()
            .WithPlatform(Platform.Debian("bookworm", PlatformFlavor.Systemd))
            .WithLog(output.WriteLine)
            .ForRole(
                role,
                run => run.WithVariable("heartbeat_message", message).WithOutput(output.WriteLine),
                verify: async (instance, ct) =>
                {
                    var environment = (IacEnvironment)instance.Lifetime!;
                    // systemd starts the enabled unit at boot; wait for it, bounded generously for a loaded machine.
                    for (var attempt = 0; attempt < 480 && running is not true; attempt++)
                    {
                        running = (await new ServiceProbe("heartbeat").GatherAsync(environment, ct)).Values["running"];
                        await Task.Delay(250, ct);
                    }
                })
            .WithConvergeCache(true);
        await scenario.RunAsync();
        keys.Add(scenario.ConvergeCacheKey!);
        return (scenario, running);
    }
}
