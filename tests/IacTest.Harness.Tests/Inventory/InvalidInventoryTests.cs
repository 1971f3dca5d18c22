using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IacTest.Harness.Discovery;
using IacTest.Harness.Inventory;

namespace IacTest.Harness.Tests.Inventory;

/// <summary>
/// Inventories Ansible refuses (Invalid/, each checked with the real ansible-inventory by generate-expected.sh) are
/// refused here too, with the problem's file, line and column and a sentence that says what to fix.
/// </summary>
public sealed partial class InvalidInventoryTests
{
    public static TheoryData<string> Cases => new(Directory.EnumerateFileSystemEntries(Folder)
        .Select(Path.GetFileName)
        .Where(name => name != "expected.json")
        .Order(StringComparer.Ordinal)!);

    private static string Folder => ProjectFiles.Path("Inventory", "Invalid");

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_inventory_ansible_refuses_fails_with_a_positioned_error(string name)
    {
        // Given: Ansible refused it, and the file's first line says where and why.
        var ansible = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")))![name]!;
        ansible["rejected"]!.GetValue<bool>().ShouldBeTrue();
        var source = Path.Combine(Folder, name);
        var inventoryFile = Directory.Exists(source) ? Path.Combine(source, "hosts.ini") : source;
        var expectation = Expectation().Match(File.ReadLines(inventoryFile).First());
        expectation.Success.ShouldBeTrue("the first line is '# expect: [file] line:column fragment'");

        // When
        var error = Should.Throw<InventoryException>(() => AnsibleInventory.Load(inventoryFile));

        // Then
        var problem = error.Problems.ShouldHaveSingleItem();
        var expectedFile = expectation.Groups["file"].Success ? Path.Combine(source, expectation.Groups["file"].Value) : inventoryFile;
        (problem.Location.File, problem.Location.Line, problem.Location.Column).ShouldBe(
            (expectedFile, int.Parse(expectation.Groups["line"].Value), int.Parse(expectation.Groups["column"].Value)));
        problem.Message.ShouldContain(expectation.Groups["fragment"].Value, Case.Sensitive);
        error.Message.ShouldStartWith("The inventory is not valid: " + expectedFile + ":");
        error.Message.ShouldNotContain("Exception");
    }

    [Fact]
    public void A_missing_inventory_is_named()
    {
        // When
        var error = Should.Throw<InventoryException>(() => AnsibleInventory.Load(Path.Combine(Folder, "no-such-inventory")));

        // Then
        error.Message.ShouldEndWith("no-such-inventory:1:1: the inventory does not exist");
    }

    [GeneratedRegex(@"^# expect: (?:(?<file>\S+/\S+) )?(?<line>\d+):(?<column>\d+) (?<fragment>.+)$")]
    private static partial Regex Expectation();
}
