using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Turns YAML nodes of inventories and vars files into plain values as Ansible's loader types them, keeping
/// <c>!vault</c> values opaque (<see cref="VaultEncryptedValue"/>).
/// </summary>
internal static class InventoryValues
{
    /// <summary>What Ansible's vault envelope starts with, for whole files and for <c>!vault</c> values.</summary>
    public const string VaultHeader = "$ANSIBLE_VAULT;";

    public static object? From(ModuleNode node) => node.Kind switch
    {
        ModuleNodeKind.Mapping => node.Entries
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .ToDictionary(keyed => keyed.Key, keyed => From(keyed.Last().Value), StringComparer.Ordinal),
        ModuleNodeKind.Sequence => node.Items.Select(From).ToList(),
        _ when node.Tag is "!vault" => new VaultEncryptedValue(node.Text ?? string.Empty),
        _ when node.Tag is not null => node.Text,
        _ => node.ToPlain(),
    };
}
