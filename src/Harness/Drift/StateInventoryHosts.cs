using IacTest.Harness.Inventory;

namespace IacTest.Harness.Drift;

/// <summary>
/// The hosts of an Ansible inventory that a host pattern selects (<c>webservers:&amp;prod</c>), as drift hosts: each
/// reached the way Ansible would reach it — <c>ansible_host</c>, <c>ansible_port</c>, <c>ansible_user</c>,
/// <c>ansible_ssh_private_key_file</c>, <c>ansible_become</c>/<c>ansible_become_user</c> — after group and host
/// variables are merged. State drift only speaks SSH with sudo, so a host whose connection needs anything else (another
/// connection plugin, another become method, a value Ansible would template or decrypt at run time) is refused with the
/// position of its declaration rather than checked some other way than Ansible would.
/// </summary>
public static class StateInventoryHosts
{
    /// <summary>
    /// Reads the inventory at <paramref name="inventoryPath"/> (a file or a folder; a relative path: in the test project's
    /// folder, or the working directory outside one) and selects <paramref name="pattern"/>.
    /// </summary>
    /// <exception cref="InventoryException">For an inventory Ansible would not read, with the positions.</exception>
    /// <exception cref="StateHostListException">For a pattern that selects no host, or a host state drift cannot reach as Ansible would.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static IReadOnlyList<DriftHost> Load(string inventoryPath, string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inventoryPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        // Relative to the test project's folder, as ConfigurationDriftCheck.For takes the same inventory.
        inventoryPath = Converge.ProjectRelativePath.Resolve(inventoryPath, System.Reflection.Assembly.GetCallingAssembly());
        if (!File.Exists(inventoryPath) && !Directory.Exists(inventoryPath))
        {
            throw new StateHostListException($"{inventoryPath}: the inventory does not exist");
        }

        return Select(AnsibleInventory.Load(inventoryPath), pattern, inventoryPath);
    }

    /// <summary>The hosts of <paramref name="inventory"/> that <paramref name="pattern"/> selects, in Ansible's order.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="pattern">An Ansible host pattern.</param>
    /// <param name="source">How the inventory is named in errors.</param>
    public static IReadOnlyList<DriftHost> Select(AnsibleInventory inventory, string pattern, string source)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var selected = inventory.Select(pattern);
        if (selected.Count == 0)
        {
            throw new StateHostListException($"{source}: the pattern '{pattern}' selects no host of the inventory ({inventory.Hosts.Count} host(s))");
        }

        return selected.Select(host => From(inventory, host)).ToList();
    }

    /// <summary>The drift host that <paramref name="host"/>'s merged variables in <paramref name="inventory"/> describe.</summary>
    /// <exception cref="StateHostListException">For a host state drift cannot reach as Ansible would, with its position.</exception>
    public static DriftHost From(AnsibleInventory inventory, InventoryHost host)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(host);
        var variables = inventory.VariablesOf(host);
        var connection = HostConnection.From(host.Name, variables);
        string Where() => $"{host.Location.File}({host.Location.Line},{host.Location.Column}): host {host.Name}";
        if (connection.Connection is not ("ssh" or "paramiko" or "smart"))
        {
            throw new StateHostListException($"{Where()}: ansible_connection is '{connection.Connection}'; state drift checks hosts over SSH only");
        }

        if (connection.Become && connection.BecomeMethod is not (null or "sudo"))
        {
            throw new StateHostListException($"{Where()}: ansible_become_method is '{connection.BecomeMethod}'; state drift becomes another user with sudo only");
        }

        foreach (var name in new[] { "ansible_host", "ansible_port", "ansible_user", "ansible_ssh_private_key_file", "ansible_private_key_file", "ansible_become_user" })
        {
            // Ansible templates these at run time (or decrypts them from a vault): the value as written is no address.
            var value = variables.GetValueOrDefault(name);
            if (value is VaultEncryptedValue || (value is string text && text.Contains("{{", StringComparison.Ordinal)))
            {
                throw new StateHostListException($"{Where()}: {name} is a template or a vault value that only Ansible resolves; write it plainly for state drift");
            }
        }

        var driftHost = new DriftHost(connection.Name, connection.Address)
        {
            User = connection.User,
            KeyFile = connection.PrivateKeyFile is null ? null : KeyPath(connection.PrivateKeyFile),
            Become = connection.Become,
            BecomeUser = connection.BecomeUser,
        };

        // Without ansible_port, ssh takes the port from its client configuration, else 22.
        return connection.Port is { } port ? driftHost with { Port = port } : driftHost;
    }

    // Ansible hands the key path to ssh as written: '~' is the user's home, a relative path is relative to where it runs.
    private static string KeyPath(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : string.Empty)
            : Path.GetFullPath(path);
}
