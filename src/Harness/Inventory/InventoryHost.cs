using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>A host of an inventory: where it is declared, its groups and the variables written for it.</summary>
public sealed class InventoryHost
{
    internal InventoryHost(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The inventory name (what patterns, <c>--limit</c> and the recap use).</summary>
    public string Name { get; }

    /// <summary>Where the host is first declared.</summary>
    public SourceLocation Location { get; }

    /// <summary>Every group the host belongs to, directly or through a child group, <c>all</c> included.</summary>
    public IReadOnlyList<InventoryGroup> Groups => GroupList;

    /// <summary>The names of the host's groups except <c>all</c>, sorted (Ansible's <c>group_names</c>).</summary>
    public IReadOnlyList<string> GroupNames =>
        GroupList.Where(group => group.Name != "all").Select(group => group.Name).Order(StringComparer.Ordinal).ToList();

    /// <summary>Variables written for the host in the inventory file (a <c>:port</c> suffix sets <c>ansible_port</c>).</summary>
    public IReadOnlyDictionary<string, object?> InlineVariables => Inline;

    /// <summary>Variables of the host's <c>host_vars/</c> files, merged in the order Ansible reads them.</summary>
    public IReadOnlyDictionary<string, object?> FileVariables => Files;

    /// <summary>The <c>host_vars/</c> files read for this host, in order (vault-encrypted ones included).</summary>
    public IReadOnlyList<VarsFile> VarsFiles => VarsFileList;

    internal List<InventoryGroup> GroupList { get; } = [];

    internal Dictionary<string, object?> Inline { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, object?> Files { get; } = new(StringComparer.Ordinal);

    internal List<VarsFile> VarsFileList { get; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
