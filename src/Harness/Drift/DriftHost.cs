using IacTest.Harness.Targets;

namespace IacTest.Harness.Drift;

/// <summary>
/// One server whose live state is checked for drift: what an inventory says about reaching it. A host list
/// (<see cref="StateHostList"/>) or an inventory (<see cref="StateInventoryHosts"/>) gives these.
/// </summary>
/// <param name="Name">The host's name in reports and test rows (an inventory name).</param>
/// <param name="Address">Where to connect: a host name or IP address (Ansible's <c>ansible_host</c>).</param>
public sealed record DriftHost(string Name, string Address)
{
    // Unset, the port may come from the ssh client configuration, as with Ansible's ssh when ansible_port is not set.
    private readonly int? _port;

    /// <summary>The SSH port (<c>ansible_port</c>; default: the ssh client configuration's, else 22).</summary>
    public int Port { get => _port ?? 22; init => _port = value; }

    /// <summary>The login user (<c>ansible_user</c>); the user running the checks when null.</summary>
    public string? User { get; init; }

    /// <summary>The private key file (<c>ansible_ssh_private_key_file</c>).</summary>
    public string? KeyFile { get; init; }

    /// <summary>Run the probes through sudo (<c>ansible_become</c>), for files only root may read.</summary>
    public bool Become { get; init; }

    /// <summary>The user sudo runs the probes as (<c>ansible_become_user</c>); root when null.</summary>
    public string? BecomeUser { get; init; }

    /// <summary>How this host is reached with the run's <paramref name="options"/>.</summary>
    public SshHostOptions ToSshOptions(StateDriftOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ssh = new SshHostOptions(Address)
        {
            Name = Name,
            PrivateKeyFile = KeyFile,
            Password = options.Password,
            Become = Become,
            ConnectTimeout = options.ConnectTimeout,
            CommandTimeout = options.CommandTimeout,
        };
        // Only what the inventory or the run sets is set: the rest may come from the ssh client configuration.
        ssh = _port is null ? ssh : ssh with { Port = Port };
        ssh = options.DisableHostKeyVerification ? ssh with { DisableHostKeyVerification = true } : ssh;
        ssh = User is null ? ssh : ssh with { User = User };
        ssh = BecomeUser is null ? ssh : ssh with { BecomeUser = BecomeUser };
        return options.KnownHostsFile is null ? ssh : ssh with { KnownHostsFile = options.KnownHostsFile };
    }
}
