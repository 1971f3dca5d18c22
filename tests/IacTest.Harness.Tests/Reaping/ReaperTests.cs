using System.Diagnostics;
using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Reaping;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Reaping;

public sealed class ReaperTests
{
    private const string ChildSwitch = "IACTEST_REAPER_CHILD_FILE";

    [DockerFact]
    public async Task Leftovers_of_a_killed_test_host_are_reaped_at_the_next_start()
    {
        // Given: a separate test host that starts an environment and is killed (SIGKILL: no cleanup runs)
        var (child, containerId, hostPid) = await StartChildHostAsync();
        child.Kill(entireProcessTree: true);
        KillIfRunning(hostPid);
        await child.WaitForExitAsync();
        // The test host is a grandchild: waiting for `dotnet test` does not wait for its exit, and a host that is
        // still dying owns its container.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (HarnessSession.StartTicksOf(hostPid) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        HarnessSession.StartTicksOf(hostPid).ShouldBeNull("the killed test host should be gone");
        (await Docker.ContainerExistsAsync(containerId)).ShouldBeTrue("the killed host's container should still be there before reaping");

        // When: the next start reaps
        var report = await Reaper.ReapAsync();

        // Then: removed by this pass — or by the start of another harness process on this host, which reaps the same way
        report.Failures.ShouldBeEmpty();
        (await Docker.ContainerExistsAsync(containerId)).ShouldBeFalse();
        if (!report.Removed.Any(r => r.Id == containerId))
        {
            (await Docker.RunAsync("ps", "-a", "--filter", "label=iactest.owner")).ShouldNotContain(containerId[..12]);
        }
    }

    [DockerFact]
    public async Task An_interrupted_test_host_removes_its_environments_itself()
    {
        // Given
        var (child, containerId, hostPid) = await StartChildHostAsync();

        // When: Ctrl-C (SIGINT) reaches the test host
        using (var kill = Process.Start("kill", ["-INT", hostPid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        // Then: the host removes its environments before it exits, so once it is gone, so is the container — no
        // reaper pass, and no time limit a loaded machine could miss (the wait only guards against a hang).
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (HarnessSession.StartTicksOf(hostPid) is not null)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the interrupted test host did not exit within 3 minutes");
            await Task.Delay(200);
        }

        (await Docker.ContainerExistsAsync(containerId)).ShouldBeFalse();
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        child.Dispose();
    }

    private static async Task<(Process Child, string ContainerId, int HostPid)> StartChildHostAsync()
    {
        var idFile = Path.Combine(Directory.CreateTempSubdirectory("iactest-reaper-").FullName, "container-id");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "test", typeof(ReaperTests).Assembly.Location, "--filter", $"FullyQualifiedName~{nameof(ReaperTests)}.{nameof(Child_test_host_holds_an_environment_until_killed)}" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[ChildSwitch] = idFile;
        var child = Process.Start(info)!;
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);  // a hang guard: a test host starts slowly on a loaded machine
        while (!File.Exists(idFile) && DateTime.UtcNow < deadline && !child.HasExited)
        {
            await Task.Delay(200);
        }

        File.Exists(idFile).ShouldBeTrue("the child test host did not start its environment");
        var fields = (await File.ReadAllTextAsync(idFile)).Split(' ');
        return (child, fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void KillIfRunning(int pid)
    {
        try
        {
            using var host = Process.GetProcessById(pid);
            host.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    [ChildOnlyFact]
    public async Task Child_test_host_holds_an_environment_until_killed()
    {
        var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();
        var file = Environment.GetEnvironmentVariable(ChildSwitch)!;
        await File.WriteAllTextAsync(file + ".tmp", $"{env.ContainerId} {Environment.ProcessId}");
        File.Move(file + ".tmp", file);
        await Task.Delay(TimeSpan.FromMinutes(2));
        await env.DisposeAsync();
    }

    [DockerFact]
    public async Task Every_resource_carries_session_and_owner_labels()
    {
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();

        var labels = await Docker.RunAsync("inspect", "-f", "{{index .Config.Labels \"iactest.session\"}} {{index .Config.Labels \"iactest.owner\"}}", env.ContainerId);

        labels.Trim().ShouldBe($"{HarnessSession.Id} {Environment.MachineName}:{Environment.ProcessId}");
    }

    [DockerFact]
    public async Task A_dead_owners_volume_is_reaped_unless_a_container_still_uses_it()
    {
        // Given: two module volumes of a dead owner; one still mounted by a container (as a kept environment's is)
        var deadOwner = $"{Environment.MachineName}:{int.MaxValue - 7}";
        var id = Guid.NewGuid().ToString("N")[..8];
        await Docker.RunAsync("volume", "create", "--label", $"iactest.owner={deadOwner}", $"iactest-test-{id}-free");
        await Docker.RunAsync("volume", "create", "--label", $"iactest.owner={deadOwner}", $"iactest-test-{id}-used");
        var user = (await Docker.RunAsync("create", "--name", $"iactest-kept-test-{id}", "-v", $"iactest-test-{id}-used:/m:ro",
            BaseImages.TagOf(BaseImage.Busybox), "true")).Trim();
        try
        {
            // When
            var report = await Reaper.ReapAsync();

            // Then: the free one is gone, the used one stays, and that is no failure
            (await Docker.RunAsync("volume", "ls", "-q", "--filter", $"name=iactest-test-{id}")).Trim().ShouldBe($"iactest-test-{id}-used");
            report.Failures.ShouldNotContain(f => f.Contains(id, StringComparison.Ordinal));
        }
        finally
        {
            await Docker.RunAsync("rm", "-f", user);
            await Docker.RunAsync("volume", "rm", "-f", $"iactest-test-{id}-used", $"iactest-test-{id}-free");
        }
    }

    [Fact]
    public void Only_resources_of_dead_owners_on_this_host_are_orphans()
    {
        var self = Environment.ProcessId;
        LabelledResource Container(string owner, string start = "", string name = "iactest-x-1") => new(ResourceKind.Container, "id", name,
            new Dictionary<string, string> { [HarnessSession.OwnerLabel] = owner, [HarnessSession.OwnerStartLabel] = start });

        Reaper.IsOrphan(Container($"{Environment.MachineName}:{self}")).ShouldBeFalse();
        Reaper.IsOrphan(Container($"{Environment.MachineName}:{int.MaxValue - 1}")).ShouldBeTrue();
        Reaper.IsOrphan(Container($"other-host:{int.MaxValue - 1}")).ShouldBeFalse();
        Reaper.IsOrphan(Container($"{Environment.MachineName}:{int.MaxValue - 1}", name: "iactest-kept-x-1")).ShouldBeFalse();
        // A live pid with another start time is a recycled pid: its owner is gone.
        Reaper.IsOrphan(Container($"{Environment.MachineName}:1", start: "1")).ShouldBeTrue();
        Reaper.IsOrphan(Container($"{Environment.MachineName}:1", start: HarnessSession.StartTicksOf(1)!)).ShouldBeFalse();
    }

    private sealed class ChildOnlyFactAttribute : FactAttribute
    {
        public ChildOnlyFactAttribute()
        {
            if (Environment.GetEnvironmentVariable(ChildSwitch) is null)
            {
                Skip = $"runs only as the killed child host of {nameof(Leftovers_of_a_killed_test_host_are_reaped_at_the_next_start)}";
            }
        }
    }
}
