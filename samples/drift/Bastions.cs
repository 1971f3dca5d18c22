using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;

namespace DriftAudit.Tests;

/// <summary>
/// Three throw-away sshd hosts standing in for the bastion fleet, converged with audit/converge.sh. The variables
/// audit/hosts.txt reads (addresses, key, known_hosts) are set for them, as the nightly pipeline sets them for the real
/// hosts; <c>AUDIT_INVENTORY</c> points at a copy of audit/inventory whose <c>host_vars/</c> reach the containers
/// (host variables win over the group's, as in Ansible). A start failure is rethrown by <see cref="Servers"/> in every
/// test that uses it.
/// </summary>
public sealed class Bastions : IAsyncLifetime
{
    private SshTestServers? _servers;
    private Exception? _startFailure;

    /// <summary>The hosts.</summary>
    public SshTestServers Servers => _startFailure is not null
        ? throw new InvalidOperationException($"the bastions did not start: {_startFailure.Message}", _startFailure)
        : _servers ?? throw new InvalidOperationException("no container engine");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            _servers = await SshTestServers.StartAsync(3, "bastion");
            var converge = await File.ReadAllTextAsync(SamplePaths.Audit("converge.sh"));
            foreach (var server in _servers.Servers)
            {
                (await server.Environment.RunAsync(new TargetCommand(["/bin/sh", "-s"]) { StandardInput = converge })).EnsureSuccess("converging " + server.Name);
                Environment.SetEnvironmentVariable($"{server.Name.ToUpperInvariant()}_ADDRESS", server.Address);
            }

            Environment.SetEnvironmentVariable("AUDIT_SSH_KEY", _servers.Key.PrivateKeyFile);
            Environment.SetEnvironmentVariable("AUDIT_KNOWN_HOSTS", _servers.KnownHostsFile);
            Environment.SetEnvironmentVariable("AUDIT_INVENTORY", await StagingInventoryAsync(_servers));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _startFailure = e;
        }
    }

    // The repository's inventory, copied, with each bastion's address, port, key and known_hosts in host_vars/.
    private static async Task<string> StagingInventoryAsync(SshTestServers servers)
    {
        var folder = Path.Combine(servers.Folder, "inventory");
        var source = Path.GetDirectoryName(SamplePaths.Audit(Path.Combine("inventory", "hosts.ini")))!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        Directory.CreateDirectory(Path.Combine(folder, "host_vars"));
        foreach (var server in servers.Servers)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "host_vars", server.Name + ".yml"),
                $"ansible_host: {server.Address}\nansible_port: {server.Port}\nansible_ssh_private_key_file: {servers.Key.PrivateKeyFile}\n"
                // Where ansible-playbook's ssh finds the hosts' keys (the pipeline installs its known_hosts as ~/.ssh/known_hosts).
                + $"ansible_ssh_common_args: \"-o UserKnownHostsFile={servers.KnownHostsFile}\"\n");
        }

        return Path.Combine(folder, "hosts.ini");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_servers is not null)
        {
            await _servers.DisposeAsync();
        }
    }
}

/// <summary>The bastions, shared by every test class of the audit.</summary>
[CollectionDefinition(Name)]
public sealed class BastionsCollection : ICollectionFixture<Bastions>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "bastions";
}
