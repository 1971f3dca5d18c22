namespace IacTest.Harness.Inventory;

/// <summary>
/// Ansible's default <c>VARIABLE_PRECEDENCE</c> for inventory variables (<c>all_inventory</c>, <c>groups_inventory</c>,
/// <c>all_plugins_inventory</c>, <c>groups_plugins_inventory</c>, then the host's own), with its default
/// <c>hash_behaviour: replace</c>: a later value replaces an earlier one whole, dictionaries included.
/// </summary>
internal static class VariablePrecedence
{
    public static IReadOnlyDictionary<string, object?> Merge(AnsibleInventory inventory, InventoryHost host)
    {
        // Ansible's sort_groups: shallow groups first, then by ansible_group_priority, then by name.
        var groups = host.Groups
            .Where(group => group != inventory.All)
            .OrderBy(group => group.Depth)
            .ThenBy(group => group.Priority)
            .ThenBy(group => group.Name, StringComparer.Ordinal)
            .ToList();
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        Apply(merged, inventory.All.Inline);
        foreach (var group in groups)
        {
            Apply(merged, group.Inline);
        }

        Apply(merged, inventory.All.Files);
        foreach (var group in groups)
        {
            Apply(merged, group.Files);
        }

        Apply(merged, host.Inline);
        Apply(merged, host.Files);
        return merged;
    }

    private static void Apply(Dictionary<string, object?> merged, IReadOnlyDictionary<string, object?> layer)
    {
        foreach (var (name, value) in layer)
        {
            merged[name] = value;
        }
    }
}
