using System.Diagnostics;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Targets;

/// <summary>Authentication through a real ssh-agent (OpenSSH's), started by the test, holding keys ssh-add put in it.</summary>
public sealed class SshAgentTests(SshServersFixture fixture) : IClassFixture<SshServersFixture>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-agent-").FullName;
    private Process? _agent;

    private string Socket => Path.Combine(_folder, "agent.sock");

    public async Task InitializeAsync()
    {
        // -D keeps the agent in the foreground, a child of this test that DisposeAsync ends.
        _agent = Process.Start(new ProcessStartInfo("ssh-agent", ["-D", "-a", Socket]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        for (var attempt = 0; attempt < 600 && !File.Exists(Socket); attempt++)
        {
            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        if (_agent is { HasExited: false })
        {
            _agent.Kill();
            _agent.WaitForExit();
        }

        _agent?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [DockerFact]
    public async Task An_rsa_key_held_by_the_agent_logs_in_with_a_sha2_signature()
    {
        // Given: an RSA key only the agent holds (its file is gone), authorized on the server. Debian 12's sshd refuses
        // SHA-1 ssh-rsa signatures, so a login proves rsa-sha2.
        var key = TestKeyPair.Create(Path.Combine(_folder, "id_rsa"));
        await AddToAgentAsync(key.PrivateKeyFile);
        File.Delete(key.PrivateKeyFile);
        await AuthorizeAsync(key.PublicKeyLine);
        await using var host = new SshHost(Options() with { AgentSocket = Socket });

        // When
        var result = await host.RunAsync("id", "-un");

        // Then
        result.Stdout.Trim().ShouldBe(SshTestServers.User);
    }

    [DockerFact]
    public async Task An_ed25519_key_held_by_the_agent_logs_in()
    {
        // Given
        var keyFile = Path.Combine(_folder, "id_ed25519");
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "agent-test", "-f", keyFile);
        await AddToAgentAsync(keyFile);
        await AuthorizeAsync(await File.ReadAllTextAsync(keyFile + ".pub"));
        File.Delete(keyFile);
        await using var host = new SshHost(Options() with { AgentSocket = Socket, Become = true });

        // When
        var result = await host.RunAsync("id", "-un");

        // Then
        result.Stdout.Trim().ShouldBe("root");
    }

    [DockerFact]
    public async Task An_agent_whose_keys_the_server_does_not_know_is_refused_by_name()
    {
        // Given
        var stranger = TestKeyPair.Create(Path.Combine(_folder, "stranger"));
        await AddToAgentAsync(stranger.PrivateKeyFile);
        await using var host = new SshHost(Options() with { AgentSocket = Socket });

        // When
        var refused = await Should.ThrowAsync<TargetException>(() => host.ConnectAsync());

        // Then
        refused.Reason.ShouldBe(TargetFailure.AuthenticationRefused);
        refused.Message.ShouldContain("offered: the keys of the ssh-agent at " + Socket);
        refused.ToString().ShouldNotContain((await File.ReadAllLinesAsync(stranger.PrivateKeyFile))[1]);
    }

    [Fact]
    public async Task An_agent_that_is_not_there_is_a_clear_refusal_when_it_is_the_only_credential()
    {
        // Given
        await using var host = new SshHost(new SshHostOptions("127.0.0.1") { User = "deploy", AgentSocket = Path.Combine(_folder, "no-agent.sock") });

        // When
        var refused = await Should.ThrowAsync<TargetException>(() => host.ConnectAsync());

        // Then
        refused.Reason.ShouldBe(TargetFailure.AuthenticationRefused);
        refused.Message.ShouldBe(
            $"ssh deploy@127.0.0.1:22: no credential to offer: no ssh-agent socket at {Path.Combine(_folder, "no-agent.sock")}: it does not exist (is SSH_AUTH_SOCK that of a running agent?)");
    }

    private SshHostOptions Options() => fixture.Servers.OptionsFor(fixture.Servers.Servers[0]) with { PrivateKeyFile = null, ConnectTimeout = TimeSpan.FromSeconds(60) };

    private async Task AuthorizeAsync(string publicKeyLine)
    {
        var result = await fixture.Servers.Servers[0].Environment.RunAsync(TargetCommand.Shell(
            "printf '%s\\n' \"$1\" >> /home/deploy/.ssh/authorized_keys", publicKeyLine.Trim()));
        result.EnsureSuccess("authorizing the key");
    }

    private Task AddToAgentAsync(string keyFile) => RunAsync("ssh-add", "-q", keyFile);

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SSH_AUTH_SOCK"] = Socket;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{program} failed: {await stderr}");
    }
}
