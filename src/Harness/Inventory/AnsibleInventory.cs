using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// An Ansible inventory read as Ansible 2.14 reads it: INI or YAML files (or a folder of them), groups and children,
/// host ranges, inline variables, <c>group_vars/</c> and <c>host_vars/</c> beside the inventory, the implicit
/// <c>all</c> and <c>ungrouped</c> groups. Hosts are selected with Ansible's host patterns (<see cref="Select"/>),
/// and each host's variables are merged with Ansible's precedence (<see cref="VariablesOf"/>). Vault-encrypted
/// values and files are kept opaque.
/// </summary>
public sealed class AnsibleInventory
{
    private readonly List<InventoryGroup> _groups = [];
    private readonly Dictionary<string, InventoryGroup> _groupsByName = new(StringComparer.Ordinal);
    private readonly List<InventoryHost> _hosts = [];
    private readonly Dictionary<string, InventoryHost> _hostsByName = new(StringComparer.Ordinal);
    private readonly List<ModuleDiagnostic> _warnings = [];
    private readonly List<string> _sources = [];

    internal AnsibleInventory()
    {
        All = AddGroup("all", null);
        Ungrouped = AddGroup("ungrouped", null);
        AddChild(All, Ungrouped);
    }

    /// <summary>The <c>all</c> group.</summary>
    public InventoryGroup All { get; }

    /// <summary>The <c>ungrouped</c> group: hosts that belong to no other group.</summary>
    public InventoryGroup Ungrouped { get; }

    /// <summary>Every group, in the order Ansible created them (<c>all</c> and <c>ungrouped</c> first).</summary>
    public IReadOnlyList<InventoryGroup> Groups => _groups;

    /// <summary>Every host, in the order the inventory declares them.</summary>
    public IReadOnlyList<InventoryHost> Hosts => _hosts;

    /// <summary>The inventory files read, in order.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>The folders whose <c>group_vars/</c> and <c>host_vars/</c> apply (each inventory source's folder).</summary>
    public IReadOnlyList<string> VarsFolders { get; internal set; } = [];

    /// <summary>What Ansible would only warn about (a skipped key, a host that is also a group name…), with positions.</summary>
    public IReadOnlyList<ModuleDiagnostic> Warnings => _warnings;

    /// <summary>
    /// Reads the inventory at <paramref name="path"/>: an INI or YAML file, or a folder of inventory files (read in name
    /// order, skipping what Ansible skips), with the <c>group_vars/</c> and <c>host_vars/</c> beside it.
    /// </summary>
    /// <exception cref="InventoryException">The inventory is not valid; every problem is named with its position.</exception>
    public static AnsibleInventory Load(string path) => InventoryLoader.Load(path);

    /// <summary>The group named <paramref name="name"/>, or null.</summary>
    public InventoryGroup? Group(string name) => _groupsByName.GetValueOrDefault(name);

    /// <summary>The host named <paramref name="name"/>, or null.</summary>
    public InventoryHost? Host(string name) => _hostsByName.GetValueOrDefault(name);

    /// <summary>
    /// The hosts a host pattern selects, in Ansible's order: <c>all</c>, group or host names, <c>a:b</c> or <c>a,b</c>
    /// (union), <c>&amp;b</c> (intersection), <c>!b</c> (exclusion), wildcards (<c>web*</c>), regular expressions
    /// (<c>~web\d+</c>) and subscripts (<c>web[0]</c>, <c>web[1:3]</c>, <c>web[-1]</c>). A name nothing matches selects
    /// nothing, as in Ansible (which only warns).
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not valid (a bad regular expression after <c>~</c>).</exception>
    public IReadOnlyList<InventoryHost> Select(string pattern) => HostPattern.Evaluate(this, pattern);

    /// <summary>
    /// The variables Ansible gives <paramref name="host"/> from the inventory, lowest precedence first: <c>all</c>'s
    /// inline variables, other groups' inline variables, <c>group_vars/all</c>, other groups' <c>group_vars/</c>,
    /// the host's inline variables, then <c>host_vars/</c>. Among groups, shallower before deeper, then lower
    /// <c>ansible_group_priority</c>, then by name; a later value replaces an earlier one whole.
    /// </summary>
    public IReadOnlyDictionary<string, object?> VariablesOf(InventoryHost host) => VariablePrecedence.Merge(this, host);

    /// <summary>How Ansible connects to <paramref name="host"/>: address, port, user, key, become (from its variables).</summary>
    public HostConnection ConnectionOf(InventoryHost host) => HostConnection.From(host.Name, VariablesOf(host));

    internal void AddSource(string path) => _sources.Add(path);

    internal void Warn(SourceLocation location, string message) => _warnings.Add(new ModuleDiagnostic(location, message));

    internal InventoryGroup AddGroup(string name, SourceLocation? location)
    {
        if (_groupsByName.TryGetValue(name, out var existing))
        {
            existing.Location ??= location;
            return existing;
        }

        var group = new InventoryGroup(name, location);
        _groups.Add(group);
        _groupsByName[name] = group;
        return group;
    }

    internal InventoryHost AddHost(string name, InventoryGroup? group, int? port, SourceLocation location)
    {
        if (!_hostsByName.TryGetValue(name, out var host))
        {
            host = new InventoryHost(name, location);
            _hosts.Add(host);
            _hostsByName[name] = host;
            // Only the first declaration's port counts: Ansible sets it when it creates the host.
            if (port is { } number)
            {
                host.Inline["ansible_port"] = (long)number;
            }
        }

        if (group is not null && !group.OwnHosts.Contains(host))
        {
            group.OwnHosts.Add(host);
            Join(host, group);
            foreach (var ancestor in group.Ancestors())
            {
                Join(host, ancestor);
            }
        }

        return host;
    }

    /// <summary>Makes <paramref name="child"/> a child of <paramref name="parent"/>; null when that closes a loop.</summary>
    internal string? AddChild(InventoryGroup parent, InventoryGroup child)
    {
        if (parent == child)
        {
            return $"group '{parent.Name}' cannot be its own child";
        }

        if (parent.ChildGroups.Contains(child))
        {
            return null;
        }

        if (parent.Ancestors().Contains(child))
        {
            return $"adding group '{child.Name}' as a child of '{parent.Name}' creates a loop";
        }

        parent.ChildGroups.Add(child);
        if (!child.ParentGroups.Contains(parent))
        {
            child.ParentGroups.Add(parent);
        }

        IEnumerable<InventoryGroup> newAncestors = [parent, .. parent.Ancestors()];
        foreach (var host in child.AllHosts())
        {
            foreach (var ancestor in newAncestors)
            {
                Join(host, ancestor);
            }
        }

        return null;
    }

    internal static void SetVariable(Dictionary<string, object?> variables, string name, object? value) => variables[name] = value;

    internal static void SetGroupVariable(InventoryGroup group, string name, object? value)
    {
        // Ansible keeps the priority as a property of the group, not as a variable.
        if (name == "ansible_group_priority")
        {
            group.Priority = value switch
            {
                long number => (int)number,
                string text when int.TryParse(text, out var parsed) => parsed,
                _ => group.Priority,
            };
            return;
        }

        group.Inline[name] = value;
    }

    /// <summary>Ansible's last step after reading the sources: roots join <c>all</c>, lone hosts join <c>ungrouped</c>.</summary>
    internal void Reconcile()
    {
        foreach (var group in _groups)
        {
            if (group != All && group.ParentGroups.Count == 0)
            {
                AddChild(All, group);
            }
        }

        foreach (var host in _hosts)
        {
            if (host.GroupList.Contains(Ungrouped))
            {
                if (host.GroupList.Any(group => group != All && group != Ungrouped))
                {
                    Ungrouped.OwnHosts.Remove(host);
                    host.GroupList.Remove(Ungrouped);
                }
            }
            else if (host.GroupList.All(group => group == All))
            {
                AddHost(host.Name, Ungrouped, null, host.Location);
            }
        }

        foreach (var group in _groups)
        {
            group.Depth = DepthOf(group, []);
        }

        foreach (var host in _hosts.Where(host => _groupsByName.ContainsKey(host.Name)))
        {
            Warn(host.Location, $"'{host.Name}' is both a group and a host");
        }
    }

    // The longest chain of parents up to all: Ansible raises a child's depth each time a deeper parent adopts it.
    private int DepthOf(InventoryGroup group, Dictionary<InventoryGroup, int> known)
    {
        if (group == All)
        {
            return 0;
        }

        if (known.TryGetValue(group, out var depth))
        {
            return depth;
        }

        depth = group.ParentGroups.Count == 0 ? 0 : group.ParentGroups.Max(parent => DepthOf(parent, known)) + 1;
        known[group] = depth;
        return depth;
    }

    private static void Join(InventoryHost host, InventoryGroup group)
    {
        if (!host.GroupList.Contains(group))
        {
            host.GroupList.Add(group);
        }
    }
}
