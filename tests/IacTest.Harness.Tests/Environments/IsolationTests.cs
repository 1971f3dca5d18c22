using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Environments;

public sealed class IsolationTests
{
    [DockerFact]
    public async Task Root_in_the_container_cannot_change_the_module_under_test()
    {
        // Given: a role copied in read-only (the default)
        var role = Directory.CreateTempSubdirectory("iactest-ro-");
        Directory.CreateDirectory(Path.Combine(role.FullName, "tasks"));
        await File.WriteAllTextAsync(Path.Combine(role.FullName, "tasks", "main.yml"), "- name: Say hello\n  ansible.builtin.debug: msg=hi\n");
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithDirectory(role.FullName, "/etc/ansible/roles/web").StartAsync();

        // When: root tries every way in
        var whoami = await env.ShellAsync("id -u");
        var write = await env.ShellAsync("echo changed > /etc/ansible/roles/web/tasks/main.yml");
        var create = await env.ShellAsync("touch /etc/ansible/roles/web/tasks/extra.yml");
        var remove = await env.ShellAsync("rm -f /etc/ansible/roles/web/tasks/main.yml");
        var chmod = await env.ShellAsync("chmod 0666 /etc/ansible/roles/web/tasks/main.yml");
        var remount = await env.ShellAsync("mount -o remount,rw /etc/ansible/roles/web");

        // Then: refused by the kernel, and the content is untouched
        whoami.Stdout.ShouldBe("0\n");
        write.ExitCode.ShouldNotBe(0);
        write.Stderr.ShouldContain("Read-only file system");
        create.ExitCode.ShouldNotBe(0);
        remove.ExitCode.ShouldNotBe(0);
        chmod.ExitCode.ShouldNotBe(0);
        remount.ExitCode.ShouldNotBe(0);
        (await env.ReadFileAsync("/etc/ansible/roles/web/tasks/main.yml")).ShouldBe("- name: Say hello\n  ansible.builtin.debug: msg=hi\n");
        (await env.ExecAsync("stat", "-c", "%a %U", "/etc/ansible/roles/web", "/etc/ansible/roles/web/tasks/main.yml")).Stdout.ShouldBe("555 root\n444 root\n");
        role.Delete(recursive: true);
    }

    [DockerFact]
    public async Task A_writable_directory_is_still_a_copy_root_can_change()
    {
        var dir = Directory.CreateTempSubdirectory("iactest-rw-");
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "state.txt"), "v1\n");
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithDirectory(dir.FullName, "/srv/state", readOnly: false).StartAsync();

        var write = await env.ShellAsync("echo v2 > /srv/state/state.txt && stat -c %a /srv/state /srv/state/state.txt");

        write.ShouldBe(new CommandResult(0, "755\n644\n", ""));
        dir.Delete(recursive: true);
    }

    [DockerFact]
    public async Task Default_limits_and_dropped_capabilities_apply_and_can_be_overridden()
    {
        // Given
        await using var defaults = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();
        await using var custom = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithMemoryLimit(128L << 20).WithCpuLimit(0.5).WithPidsLimit(64).WithCapability("NET_RAW").StartAsync();
        // cgroup v2 files, else v1's; the CPU limit as quota per 100 ms period
        const string Read = "cd /sys/fs/cgroup; cat memory.max 2>/dev/null || cat memory/memory.limit_in_bytes; cat pids.max 2>/dev/null || cat pids/pids.max;"
            + " (cut -d' ' -f1 cpu.max 2>/dev/null || cat cpu/cpu.cfs_quota_us); grep CapBnd /proc/self/status";

        // When
        var d = (await defaults.ShellAsync(Read)).Stdout.Split('\n');
        var c = (await custom.ShellAsync(Read)).Stdout.Split('\n');

        // Then
        d[..3].ShouldBe([EnvironmentBuilder.DefaultMemoryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), "1024", "100000"]);
        c[..3].ShouldBe([(128L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture), "64", "50000"]);
        var defaultCaps = Capabilities(d[3]);
        var customCaps = Capabilities(c[3]);
        // Bits: CHOWN 0, DAC_OVERRIDE 1, SETUID 7, NET_BIND_SERVICE 10, NET_RAW 13, MKNOD 27, SETFCAP 31
        foreach (var kept in new[] { 0, 1, 7, 10 })
        {
            (defaultCaps & (1UL << kept)).ShouldNotBe(0UL, $"capability bit {kept}");
        }

        foreach (var dropped in new[] { 13, 27, 31 })
        {
            (defaultCaps & (1UL << dropped)).ShouldBe(0UL, $"capability bit {dropped}");
        }

        (customCaps & (1UL << 13)).ShouldNotBe(0UL, "NET_RAW asked back");
    }

    [DockerFact]
    public async Task A_container_that_dies_at_start_is_reported_with_its_exit_code_and_logs()
    {
        // Given: a command that fails at once, printing a secret from its environment on the way; watched long enough
        // that no load on the machine can delay its exit past the watch (the start returns at the exit, not the bound)
        var token = SecretValue.Of("tok-" + Guid.NewGuid().ToString("N"));
        var builder = new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithStartSettleTime(TimeSpan.FromMinutes(2))
            .WithEnvironment("APP_TOKEN", token)
            .WithCommand("sh", "-c", "echo \"starting with $APP_TOKEN\"; echo 'config /etc/app.conf missing' >&2; exit 3");

        // When
        var error = await Should.ThrowAsync<EnvironmentStartException>(() => builder.StartAsync());

        // Then: exit code and logs at start, the secret masked, no engine "409", nothing left behind
        error.Message.ShouldContain("exited with code 3 at start; its logs, last 50 lines:\n");
        error.Message.ShouldContain("  starting with ********\n");
        error.Message.ShouldContain("  config /etc/app.conf missing");
        error.Message.ShouldNotContain(token.Reveal());
        error.Message.ShouldNotContain("409");
        var name = error.Message.Split(' ')[1];
        (await Docker.ListAsync("name=" + name)).ShouldBeEmpty();
    }

    [DockerFact]
    public async Task A_command_sent_to_an_environment_whose_process_ended_says_how_it_ended()
    {
        // Given: the main process ends after start, on request
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithCommand("sh", "-c", "echo serving; while [ ! -e /tmp/stop ]; do sleep 0.1; done; echo stopping; exit 4").StartAsync();
        await env.ExecAsync("touch", "/tmp/stop");
        await Docker.RunAsync("wait", env.ContainerId);

        // When
        var error = await Should.ThrowAsync<EnvironmentExitedException>(() => env.ExecAsync("true"));

        // Then
        error.Message.ShouldStartWith($"environment {env.ContainerName} ({env.Image}) is not running: exited with code 4 after start; its logs, last 50 lines:\n  serving\n  stopping");
    }

    private static ulong Capabilities(string capBndLine) =>
        ulong.Parse(capBndLine.Split(':')[1].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
