using System.Net;
using System.Net.Sockets;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Targets;

public sealed class SshHostTests(SshServersFixture fixture) : IClassFixture<SshServersFixture>
{
    private SshTestServers Servers => fixture.Servers;

    private SshHostOptions First => Servers.OptionsFor(Servers.Servers[0]);

    [DockerFact]
    public async Task Runs_argv_as_given_with_stdin_exit_code_and_both_streams()
    {
        // Given
        await using var host = new SshHost(First);

        // When
        var result = await host.RunAsync(new TargetCommand(["/bin/sh", "-c", "cat; printf '%s|' \"$@\" >&2; exit 3", "sh", "a b", "it's", "$HOME", ""])
        {
            StandardInput = "line one\nline two\n",
        });

        // Then
        result.ExitCode.ShouldBe(3);
        result.Stdout.ShouldBe("line one\nline two\n");
        result.Stderr.ShouldBe("a b|it's|$HOME||");
    }

    [DockerFact]
    public async Task Become_runs_as_root_through_sudo_and_reads_a_root_only_file()
    {
        // Given
        await using var plain = new SshHost(First);
        await using var root = new SshHost(First with { Become = true });

        // When
        var asUser = await plain.RunAsync("id", "-un");
        var asRoot = await root.RunAsync("id", "-un");
        var shadow = await root.ReadTextAsync("/etc/shadow");

        // Then
        asUser.Stdout.Trim().ShouldBe(SshTestServers.User);
        asRoot.Stdout.Trim().ShouldBe("root");
        shadow.ShouldContain("root:");
        await Should.ThrowAsync<TargetException>(() => plain.ReadFileAsync("/etc/shadow"));
    }

    [DockerFact]
    public async Task Reads_binary_files_byte_for_byte()
    {
        // Given
        await using var host = new SshHost(First);
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        await host.RunAsync(new TargetCommand(["/bin/sh", "-c", "base64 -d > /tmp/all-bytes"]) { StandardInput = Convert.ToBase64String(bytes) });

        // When
        var read = await host.ReadFileAsync("/tmp/all-bytes");

        // Then
        read.ShouldBe(bytes);
    }

    [DockerFact]
    public async Task The_same_smoke_checks_run_over_ssh_with_quick_probes_batched_into_few_commands()
    {
        // Given
        await using var host = new SshHost(First with { Become = true });

        // When
        var report = await new SmokeChecks(host)
            .File("/etc/ssh/sshd_config", f => f.Exists().IsFile().Owner("root").Mode("0644"))
            .File("/etc/sudoers.d/deploy", f => f.Mode("0440").Contains("NOPASSWD"))
            .Package("openssh-server", p => p.Installed())
            .User(SshTestServers.User, u => u.Exists().Home("/home/deploy").Shell("/bin/bash"))
            .Group("sudo", g => g.Exists())
            .Process("sshd", p => p.Running())
            .Port("tcp:22", p => p.Listening())
            .Command("hostname", c => c.ExitCode(0).StdoutContains("ssh1"))
            .RunAsync();

        // Then
        report.Passed.ShouldBeTrue(report.Describe());
        host.CommandCount.ShouldBeLessThan(8, "quick probes of one moment go out as one command");
    }

    [DockerFact]
    public async Task Password_authentication_works_and_a_wrong_password_is_refused_without_being_shown()
    {
        // Given
        var wrong = SecretValue.Of("Wrong-" + Guid.NewGuid().ToString("N"));
        await using var withPassword = new SshHost(First with { PrivateKeyFile = null, Password = SshServersFixture.Password });
        await using var withWrong = new SshHost(First with { PrivateKeyFile = null, Password = wrong });

        // When
        var ok = await withPassword.RunAsync("true");
        var refused = await Should.ThrowAsync<TargetException>(() => withWrong.RunAsync("true"));

        // Then
        ok.ExitCode.ShouldBe(0);
        refused.Reason.ShouldBe(TargetFailure.AuthenticationRefused);
        refused.Message.ShouldContain("ssh1 (ssh deploy@");
        refused.Message.ShouldContain("user deploy was refused");
        refused.ToString().ShouldNotContain(wrong.Reveal());
        refused.ToString().ShouldNotContain(SshServersFixture.Password.Reveal());
    }

    [DockerFact]
    public async Task A_key_the_server_does_not_know_is_refused_naming_the_key_file_not_its_content()
    {
        // Given
        var other = TestKeyPair.Create(Path.Combine(Servers.Folder, "other-" + Guid.NewGuid().ToString("N")));
        await using var host = new SshHost(First with { PrivateKeyFile = other.PrivateKeyFile });

        // When
        var refused = await Should.ThrowAsync<TargetException>(() => host.ConnectAsync());

        // Then
        refused.Reason.ShouldBe(TargetFailure.AuthenticationRefused);
        refused.Message.ShouldContain("offered: key " + other.PrivateKeyFile);
        var keyText = await File.ReadAllTextAsync(other.PrivateKeyFile);
        refused.ToString().ShouldNotContain(keyText.Split('\n')[1]);
    }

    [DockerFact]
    public async Task A_host_missing_from_known_hosts_is_refused_with_its_fingerprint()
    {
        // Given
        var empty = Path.Combine(Servers.Folder, "empty_known_hosts");
        await File.WriteAllTextAsync(empty, "");
        await using var host = new SshHost(First with { KnownHostsFile = empty });

        // When
        var refused = await Should.ThrowAsync<TargetException>(() => host.RunAsync("true"));

        // Then
        refused.Reason.ShouldBe(TargetFailure.HostKeyMismatch);
        refused.Message.ShouldMatch(@"host key \S+ SHA256:[A-Za-z0-9+/]{43} is not in .*empty_known_hosts");
    }

    [DockerFact]
    public async Task A_host_answering_with_another_hosts_key_is_refused_as_changed()
    {
        // Given: the first server's address listed with the second server's keys
        var first = Servers.Servers[0];
        var second = Servers.Servers[1];
        var swapped = Path.Combine(Servers.Folder, "swapped_known_hosts");
        var lines = (await File.ReadAllLinesAsync(Servers.KnownHostsFile))
            .Where(l => l.StartsWith(second.Address + " ", StringComparison.Ordinal))
            .Select(l => first.Address + l[second.Address.Length..]);
        await File.WriteAllLinesAsync(swapped, lines);
        await using var host = new SshHost(First with { KnownHostsFile = swapped });

        // When
        var refused = await Should.ThrowAsync<TargetException>(() => host.RunAsync("true"));

        // Then
        refused.Reason.ShouldBe(TargetFailure.HostKeyMismatch);
        refused.Message.ShouldContain("differs from the key");
    }

    [DockerFact]
    public async Task Host_key_checking_is_off_only_when_turned_off_by_name()
    {
        // Given
        var empty = Path.Combine(Servers.Folder, "none_known_hosts");
        await using var host = new SshHost(First with { KnownHostsFile = empty, DisableHostKeyVerification = true });

        // When
        var result = await host.RunAsync("true");

        // Then
        result.ExitCode.ShouldBe(0);
    }

    [DockerFact]
    public async Task Reaches_a_host_through_a_jump_host()
    {
        // Given
        var jump = First;
        var target = Servers.OptionsFor(Servers.Servers[1]) with { JumpHost = jump };
        await using var host = new SshHost(target);

        // When
        var result = await host.RunAsync("hostname");

        // Then
        result.Stdout.Trim().ShouldBe("ssh2");
    }

    [Fact]
    public async Task A_closed_port_is_unreachable()
    {
        // Given: a port nobody listens on any more
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = new SshHost(new SshHostOptions("127.0.0.1") { Port = port, User = "deploy", Password = SecretValue.Of("unused-password") });

        // When
        var failed = await Should.ThrowAsync<TargetException>(() => host.RunAsync("true"));

        // Then
        failed.Reason.ShouldBe(TargetFailure.Unreachable);
        failed.Message.ShouldStartWith($"ssh deploy@127.0.0.1:{port}: cannot connect (ConnectionRefused");
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        // Given: a listener that accepts and stays silent (no SSH banner ever comes)
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var host = new SshHost(new SshHostOptions("127.0.0.1")
        {
            Port = port, User = "deploy", Password = SecretValue.Of("unused-password"), ConnectTimeout = TimeSpan.FromSeconds(1),
        });

        // When
        var failed = await Should.ThrowAsync<TargetException>(() => host.RunAsync("true"));

        // Then
        failed.Reason.ShouldBe(TargetFailure.Timeout);
        failed.Message.ShouldContain("no SSH answer within 1 s");
    }
}
