using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// A group of an inventory: its own hosts, its child and parent groups, and the variables written for it (inline in
/// the inventory and in <c>group_vars/</c>).
/// </summary>
public sealed class InventoryGroup
{
    internal InventoryGroup(string name, SourceLocation? location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The group's name (<c>all</c> and <c>ungrouped</c> always exist).</summary>
    public string Name { get; }

    /// <summary>Where the group is first declared, or null for <c>all</c> and <c>ungrouped</c> when never written.</summary>
    public SourceLocation? Location { get; internal set; }

    /// <summary>Hosts placed directly in this group, in inventory order.</summary>
    public IReadOnlyList<InventoryHost> Hosts => OwnHosts;

    /// <summary>Child groups, in inventory order.</summary>
    public IReadOnlyList<InventoryGroup> Children => ChildGroups;

    /// <summary>Parent groups, in the order they adopted this group.</summary>
    public IReadOnlyList<InventoryGroup> Parents => ParentGroups;

    /// <summary>Variables written in the inventory file for this group (<c>[name:vars]</c> or <c>vars:</c>).</summary>
    public IReadOnlyDictionary<string, object?> InlineVariables => Inline;

    /// <summary>Variables of this group's <c>group_vars/</c> files, merged in the order Ansible reads them.</summary>
    public IReadOnlyDictionary<string, object?> FileVariables => Files;

    /// <summary>The <c>group_vars/</c> files read for this group, in order (vault-encrypted ones included).</summary>
    public IReadOnlyList<VarsFile> VarsFiles => VarsFileList;

    /// <summary>
    /// The length of the longest chain of parents up to <c>all</c> (which is 0). Deeper groups win over shallower ones
    /// when their variables collide.
    /// </summary>
    public int Depth { get; internal set; }

    /// <summary><c>ansible_group_priority</c> (default 1): among groups of one depth, the higher wins.</summary>
    public int Priority { get; internal set; } = 1;

    internal List<InventoryHost> OwnHosts { get; } = [];

    internal List<InventoryGroup> ChildGroups { get; } = [];

    internal List<InventoryGroup> ParentGroups { get; } = [];

    internal Dictionary<string, object?> Inline { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, object?> Files { get; } = new(StringComparer.Ordinal);

    internal List<VarsFile> VarsFileList { get; } = [];

    /// <summary>
    /// Every host of this group and of its descendants, each once, in Ansible's order: own hosts, then the children's,
    /// level by level.
    /// </summary>
    public IReadOnlyList<InventoryHost> AllHosts()
    {
        var hosts = new List<InventoryHost>();
        var seenHosts = new HashSet<InventoryHost>();
        foreach (var group in DescendantsAndSelf())
        {
            foreach (var host in group.OwnHosts)
            {
                if (seenHosts.Add(host))
                {
                    hosts.Add(host);
                }
            }
        }

        return hosts;
    }

    /// <summary>Every ancestor group (parents, their parents, …), each once.</summary>
    public IReadOnlySet<InventoryGroup> Ancestors()
    {
        var seen = new HashSet<InventoryGroup>();
        var pending = new Stack<InventoryGroup>(ParentGroups);
        while (pending.TryPop(out var group))
        {
            if (seen.Add(group))
            {
                foreach (var parent in group.ParentGroups)
                {
                    pending.Push(parent);
                }
            }
        }

        return seen;
    }

    // Ansible walks one level at a time; within a level it keeps the order in which groups were adopted.
    private List<InventoryGroup> DescendantsAndSelf()
    {
        var ordered = new List<InventoryGroup> { this };
        var seen = new HashSet<InventoryGroup> { this };
        var level = new List<InventoryGroup> { this };
        while (level.Count > 0)
        {
            var next = new List<InventoryGroup>();
            foreach (var child in level.SelectMany(group => group.ChildGroups))
            {
                if (seen.Add(child))
                {
                    ordered.Add(child);
                    next.Add(child);
                }
            }

            level = next;
        }

        return ordered;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
