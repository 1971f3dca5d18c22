using System.Text.Json.Nodes;
using IacTest.Harness.Discovery;
using IacTest.Harness.Inventory;

namespace IacTest.Harness.Tests.Inventory;

/// <summary>
/// Each inventory of Corpus/ read by the harness gives what the real Ansible 2.14 printed for it
/// (<c>ansible-inventory --list</c> and <c>ansible --list-hosts</c>, recorded by generate-expected.sh).
/// </summary>
public sealed class InventoryConformanceTests
{
    public static TheoryData<string> Cases => new(Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string CorpusFolder => ProjectFiles.Path("Inventory", "Corpus");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Groups_hosts_and_merged_variables_match_ansible_inventory_list(string name)
    {
        // Given
        var (inventory, expectedFolder) = Load(name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(expectedFolder, "list.json")))!;

        // When
        var actual = JsonNode.Parse(InventoryListJson.Write(inventory))!;

        // Then: group by group and host by host, so a difference names where it is.
        var actualGroups = actual.AsObject().Select(entry => entry.Key).Where(key => key != "_meta").Order(StringComparer.Ordinal).ToList();
        actualGroups.ShouldBe(expected.AsObject().Select(entry => entry.Key).Where(key => key != "_meta").Order(StringComparer.Ordinal).ToList());
        foreach (var group in actualGroups)
        {
            Canonical(actual[group]).ShouldBe(Canonical(expected[group]), $"group {group}");
        }

        var expectedHosts = expected["_meta"]!["hostvars"]!.AsObject();
        var actualHosts = actual["_meta"]!["hostvars"]!.AsObject();
        actualHosts.Select(entry => entry.Key).Order(StringComparer.Ordinal).ShouldBe(expectedHosts.Select(entry => entry.Key).Order(StringComparer.Ordinal));
        foreach (var (host, variables) in expectedHosts)
        {
            Canonical(actualHosts[host]).ShouldBe(Canonical(variables), $"variables of {host}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_host_pattern_selects_what_ansible_list_hosts_selects(string name)
    {
        // Given
        var (inventory, expectedFolder) = Load(name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(expectedFolder, "patterns.json")))!.AsObject();
        expected.Count.ShouldBeGreaterThan(5);

        foreach (var (pattern, outcome) in expected)
        {
            // When
            var hosts = inventory.Select(pattern).Select(host => host.Name).ToList();

            // Then
            hosts.ShouldBe(outcome!["hosts"]!.AsArray().Select(host => host!.GetValue<string>()).ToList(), $"pattern {pattern}");
        }
    }

    private static (AnsibleInventory Inventory, string ExpectedFolder) Load(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        var source = Path.Combine(folder, File.ReadAllText(Path.Combine(folder, "source")).Trim());
        return (AnsibleInventory.Load(source), Path.Combine(folder, "expected"));
    }

    // Key order does not matter (Ansible sorts keys, the harness keeps them as written); values do, types included.
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject map => "{" + string.Join(",", map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"\"{entry.Key}\":{Canonical(entry.Value)}")) + "}",
        JsonArray items => "[" + string.Join(",", items.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
