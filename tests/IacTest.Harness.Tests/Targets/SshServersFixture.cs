using IacTest.Harness.Engine;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets.Testing;
using Xunit;

namespace IacTest.Harness.Tests.Targets;

/// <summary>Two real sshd containers shared by the SSH tests; a start failure is rethrown on first use.</summary>
public sealed class SshServersFixture : IAsyncLifetime
{
    private SshTestServers? _servers;
    private Exception? _startFailure;

    /// <summary>The password of the login user (also accepted, beside the key).</summary>
    public static readonly SecretValue Password = SecretValue.Of("Pw-" + Guid.NewGuid().ToString("N"));

    public SshTestServers Servers => _startFailure is not null
        ? throw new InvalidOperationException($"the sshd containers did not start: {_startFailure.Message}", _startFailure)
        : _servers ?? throw new InvalidOperationException("no engine");

    public async Task InitializeAsync()
    {
        if (!(await DockerEngine.ProbeAsync()).IsAvailable && !DockerEngine.EngineRequired)
        {
            return;
        }

        try
        {
            _servers = await SshTestServers.StartAsync(2, "ssh", Password);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _startFailure = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (_servers is not null)
        {
            await _servers.DisposeAsync();
        }
    }
}
