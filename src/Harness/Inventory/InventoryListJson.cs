using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacTest.Harness.Inventory;

/// <summary>
/// The inventory in the shape of <c>ansible-inventory --list</c>: each non-empty group with its own hosts and
/// children, and <c>_meta.hostvars</c> with every host's merged variables. Vault-encrypted values appear as Ansible
/// writes them without a password, <c>{"__ansible_vault": "…ciphertext…"}</c>.
/// </summary>
public static class InventoryListJson
{
    /// <summary>The inventory as <c>ansible-inventory --list</c> would print it (keys in the order Ansible sorts them).</summary>
    public static string Write(AnsibleInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var root = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var group in inventory.Groups)
        {
            var node = new JsonObject();
            if (group != inventory.All && group.OwnHosts.Count > 0)
            {
                node["hosts"] = new JsonArray(group.OwnHosts.Select(host => (JsonNode?)host.Name).ToArray());
            }

            if (group.ChildGroups.Count > 0)
            {
                node["children"] = new JsonArray(group.ChildGroups.Select(child => (JsonNode?)child.Name).ToArray());
            }

            if (node.Count > 0)
            {
                root[group.Name] = node;
            }
        }

        var hostVariables = new JsonObject();
        foreach (var host in inventory.All.AllHosts())
        {
            var variables = inventory.VariablesOf(host);
            if (variables.Count > 0)
            {
                hostVariables[host.Name] = ToJson(variables);
            }
        }

        root["_meta"] = new JsonObject { ["hostvars"] = hostVariables };
        var result = new JsonObject();
        foreach (var (name, node) in root)
        {
            result[name] = node;
        }

        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A plain inventory value as JSON (vault values as Ansible's <c>__ansible_vault</c> object).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        long number => JsonValue.Create(number),
        double real => JsonValue.Create(real),
        System.Numerics.BigInteger big => JsonNode.Parse(big.ToString(CultureInfo.InvariantCulture)),
        VaultEncryptedValue vault => new JsonObject { ["__ansible_vault"] = vault.Ciphertext },
        IReadOnlyDictionary<string, object?> map => ToJsonObject(map),
        IDictionary<string, object?> map => ToJsonObject(map),
        IEnumerable<object?> items => new JsonArray(items.Select(ToJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject ToJsonObject(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var json = new JsonObject();
        foreach (var (key, item) in map.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            json[key] = ToJson(item);
        }

        return json;
    }
}
