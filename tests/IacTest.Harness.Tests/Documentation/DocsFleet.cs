using System.Text;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// The servers the drift and inventory pages name, as real sshd containers, so their examples run as written: the
/// page's host names and addresses (<c>web1.internal</c>, <c>10.0.4.11</c>, the inventories' names) are mapped to the
/// containers by an ssh client configuration, as an operator's <c>~/.ssh/config</c> maps them, which the SSH target
/// and Ansible's ssh both read (<c>IACTEST_SSH_CONFIG</c>). The key and known_hosts file the pages take from the
/// pipeline's environment (<c>AUDIT_SSH_KEY</c>, <c>AUDIT_KNOWN_HOSTS</c>, <c>VAULT_PASSWORD_FILE</c>,
/// <c>SMTP_PASSWORD</c>) are set for as long as the fleet lives. Three containers serve every name; each starts in the
/// state the pages' playbooks and goss files declare, so an audit of it is clean. Started on first use, shared by the
/// blocks of a run, removed at the end.
/// </summary>
public sealed class DocsFleet : IAsyncLifetime
{
    /// <summary>The login user the pages' audits use (besides <see cref="SshTestServers.User"/>, which converges).</summary>
    public const string AuditUser = "audit";

    /// <summary>The names the pages give each server, by container: ssh's Host patterns for it.</summary>
    private static readonly string[][] NamesByServer =
    [
        ["10.0.4.11", "web1.internal", "web01.fra.shop.example"],
        ["10.0.4.12", "web02.fra.shop.example"],
        ["db1.internal", "web01.ams.shop.example"],
    ];

    // The state the pages' site.yml files and audit/bastion.goss.yaml declare; a second sshd on 2222 for the host
    // list's `db1 db1.internal port=2222`.
    private const string Prepare = """
        set -e
        useradd -m -s /bin/bash "$1"
        install -d -m 700 -o "$1" -g "$1" "/home/$1/.ssh"
        printf '%s\n' "$2" > "/home/$1/.ssh/authorized_keys"
        chown "$1:$1" "/home/$1/.ssh/authorized_keys"; chmod 600 "/home/$1/.ssh/authorized_keys"
        printf '%s ALL=(ALL) NOPASSWD:ALL\n' "$1" > "/etc/sudoers.d/$1"; chmod 440 "/etc/sudoers.d/$1"
        printf 'Authorized access only\n' > /etc/motd; chmod 0644 /etc/motd
        install -d -m 755 /etc/ssh/sshd_config.d
        printf 'PermitRootLogin no\nMaxAuthTries 3\n' > /etc/ssh/sshd_config.d/10-hardening.conf
        chmod 0600 /etc/ssh/sshd_config.d/10-hardening.conf
        /usr/sbin/sshd -p 2222 -h /etc/ssh/ssh_host_ed25519_key
        """;

    private static readonly string[] Variables = ["IACTEST_SSH_CONFIG", "AUDIT_SSH_KEY", "AUDIT_KNOWN_HOSTS", "VAULT_PASSWORD_FILE", "SMTP_PASSWORD"];

    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly Dictionary<string, string?> _saved = [];
    private SshTestServers? _servers;
    private Exception? _startFailure;

    /// <summary>Starts the containers and sets the environment, once; a start failure is rethrown on each use.</summary>
    public async Task EnsureStartedAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (_startFailure is not null)
            {
                throw new InvalidOperationException($"the docs' sshd fleet did not start: {_startFailure.Message}", _startFailure);
            }

            if (_servers is not null)
            {
                return;
            }

            try
            {
                _servers = await SshTestServers.StartAsync(NamesByServer.Length, "docs");
                var key = _servers.Key.PublicKeyLine;
                await Task.WhenAll(_servers.Servers.Select(async s =>
                    (await s.Environment.RunAsync(TargetCommand.Shell(Prepare, AuditUser, key))).EnsureSuccess("preparing " + s.Name)));
                await WaitForSecondPortAsync(_servers);
                SetEnvironment(_servers);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _startFailure = e;
                throw new InvalidOperationException($"the docs' sshd fleet did not start: {e.Message}", e);
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        if (_servers is not null)
        {
            await _servers.DisposeAsync();
        }

        _starting.Dispose();
    }

    private void SetEnvironment(SshTestServers servers)
    {
        // known_hosts as ssh looks a key up after HostName: by address, and [address]:port off port 22.
        var knownHosts = Path.Combine(servers.Folder, "fleet_known_hosts");
        var lines = File.ReadAllLines(servers.KnownHostsFile);
        File.WriteAllLines(knownHosts, [.. lines, .. lines.Select(l => l.Split(' ', 2)).Select(f => $"[{f[0]}]:2222 {f[1]}")]);

        var config = new StringBuilder("# The hosts the docs name, as an operator's ~/.ssh/config maps them.\n");
        for (var i = 0; i < NamesByServer.Length; i++)
        {
            config.Append("Host ").AppendJoin(' ', NamesByServer[i]).Append('\n')
                .Append("    HostName ").Append(servers.Servers[i].Address).Append("\n\n");
        }

        config.Append("Host ").AppendJoin(' ', NamesByServer.SelectMany(n => n)).Append('\n')
            .Append("    User ").Append(AuditUser).Append('\n')
            .Append("    IdentityFile ").Append(servers.Key.PrivateKeyFile).Append('\n')
            .Append("    UserKnownHostsFile ").Append(knownHosts).Append('\n')
            .Append("    StrictHostKeyChecking yes\n");
        var configFile = Path.Combine(servers.Folder, "ssh_config");
        File.WriteAllText(configFile, config.ToString());

        // The fleet inventory's values are not vaulted with this password; Ansible only needs a readable file.
        var vaultPassword = Path.Combine(servers.Folder, "vault-password");
        File.WriteAllText(vaultPassword, "docs-" + Guid.NewGuid().ToString("N") + "\n");

        foreach (var name in Variables)
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable("IACTEST_SSH_CONFIG", configFile);
        Environment.SetEnvironmentVariable("AUDIT_SSH_KEY", servers.Key.PrivateKeyFile);
        Environment.SetEnvironmentVariable("AUDIT_KNOWN_HOSTS", knownHosts);
        Environment.SetEnvironmentVariable("VAULT_PASSWORD_FILE", vaultPassword);
        Environment.SetEnvironmentVariable("SMTP_PASSWORD", "smtp-" + Guid.NewGuid().ToString("N"));
    }

    private static async Task WaitForSecondPortAsync(SshTestServers servers)
    {
        foreach (var server in servers.Servers)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (true)
            {
                try
                {
                    using var client = new System.Net.Sockets.TcpClient();
                    await client.ConnectAsync(server.Address, 2222);
                    break;
                }
                catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
    }
}
