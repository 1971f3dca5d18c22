using IacTest.Harness.Drift;
using IacTest.Harness.Engine;
using IacTest.Harness.Goss;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;
using Xunit;

namespace IacTest.Harness.Tests.Drift;

/// <summary>
/// Two bastions converged alike: <c>bastion1</c> stays as converged; on <c>bastion2</c> someone changed things by hand —
/// edited the motd, removed the <c>less</c> package, stopped cron and added a user. Host list and known_hosts are
/// written beside the keys, and <see cref="HostsVariable"/>/<see cref="KnownHostsVariable"/> point at them; an INI
/// inventory of both (<see cref="InventoryVariable"/>) reaches them through group and host variables, as a team's would.
/// </summary>
public sealed class BastionFleetFixture : IAsyncLifetime
{
    public const string HostsVariable = "IACTEST_TEST_DRIFT_HOSTS";
    public const string CleanHostsVariable = "IACTEST_TEST_DRIFT_CLEAN_HOSTS";
    public const string KnownHostsVariable = "IACTEST_TEST_DRIFT_KNOWN_HOSTS";
    public const string InventoryVariable = "IACTEST_TEST_DRIFT_INVENTORY";

    private const string DriftByHand = """
        set -e
        printf 'Authorized access only. DRAFT banner, pending review\n' > /etc/motd
        dpkg -r less >/dev/null 2>&1
        pkill -x cron
        useradd -m intruder
        """;

    private SshTestServers? _servers;
    private Exception? _startFailure;

    public static readonly SecretValue Password = SecretValue.Of("Bastion-" + Guid.NewGuid().ToString("N"));

    public static string GossFile => GossDataAttribute.Locate("Drift/Fixtures/bastion/goss.yaml");

    public static IReadOnlyList<StateCheck> Checks => StateCheck.FromGoss(GossSuite.Load(GossFile));

    public SshTestServers Servers => _startFailure is not null
        ? throw new InvalidOperationException($"the bastions did not start: {_startFailure.Message}", _startFailure)
        : _servers ?? throw new InvalidOperationException("no engine");

    public DriftHost Host(int index) => new(Servers.Servers[index].Name, Servers.Servers[index].Address)
    {
        User = SshTestServers.User,
        KeyFile = Servers.Key.PrivateKeyFile,
        Become = true,
    };

    // A generous connect timeout: on a loaded 2-core machine a key exchange can take seconds; no test here is about timing out.
    public StateDriftOptions Options => new() { KnownHostsFile = Servers.KnownHostsFile, MaxParallelHosts = 4, ConnectTimeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        if (!(await DockerEngine.ProbeAsync()).IsAvailable && !DockerEngine.EngineRequired)
        {
            return;
        }

        try
        {
            _servers = await SshTestServers.StartAsync(2, "bastion", Password);
            var provision = await File.ReadAllTextAsync(GossDataAttribute.Locate("Drift/Fixtures/bastion/provision.sh"));
            foreach (var server in _servers.Servers)
            {
                (await server.Environment.RunAsync(new TargetCommand(["/bin/sh", "-s"]) { StandardInput = provision })).EnsureSuccess("provisioning " + server.Name);
            }

            (await _servers.Servers[1].Environment.RunAsync(TargetCommand.Shell(DriftByHand))).EnsureSuccess("drifting bastion2");
            var line = (DriftHost h) => $"{h.Name} {h.Address} user={h.User} key={h.KeyFile} become=true";
            var hosts = Path.Combine(_servers.Folder, "hosts.txt");
            var clean = Path.Combine(_servers.Folder, "clean-hosts.txt");
            await File.WriteAllLinesAsync(hosts, ["# the bastions", line(Host(0)), line(Host(1))]);
            await File.WriteAllLinesAsync(clean, [line(Host(0))]);
            Environment.SetEnvironmentVariable(HostsVariable, hosts);
            Environment.SetEnvironmentVariable(CleanHostsVariable, clean);
            Environment.SetEnvironmentVariable(KnownHostsVariable, _servers.KnownHostsFile);
            var inventory = Path.Combine(_servers.Folder, "inventory.ini");
            await File.WriteAllTextAsync(inventory, Inventory(_servers));
            Environment.SetEnvironmentVariable(InventoryVariable, inventory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _startFailure = e;
        }
    }

    // Connection settings shared by the group; each host only says where it is. The workstation is outside the pattern.
    private static string Inventory(SshTestServers servers) => $"""
        # Bastions of the production network, audited nightly.
        [bastions]
        {string.Join("\n", servers.Servers.Select(s => $"{s.Name} ansible_host={s.Address} ansible_port={s.Port}"))}

        [bastions:vars]
        ansible_user={SshTestServers.User}
        ansible_ssh_private_key_file={servers.Key.PrivateKeyFile}
        ansible_become=yes

        [workstations]
        laptop ansible_connection=local

        [prod:children]
        bastions
        workstations
        """;

    public async Task DisposeAsync()
    {
        if (_servers is not null)
        {
            await _servers.DisposeAsync();
        }
    }
}
