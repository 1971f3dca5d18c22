using IacTest.Harness.Discovery;
using IacTest.Harness.Inventory;

namespace IacTest.Harness.Tests.Inventory;

/// <summary>The inventory model beyond what ansible-inventory prints: connections, vault opacity, warnings.</summary>
public sealed class InventoryModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-inventory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_host_connection_comes_from_its_merged_variables()
    {
        // Given
        var inventory = AnsibleInventory.Load(ProjectFiles.Path("Inventory", "Corpus", "shop-production", "hosts"));

        // When
        var standby = inventory.ConnectionOf(inventory.Host("db-standby.ams.shop.example")!);
        var bastion = inventory.ConnectionOf(inventory.Host("bastion.shop.example")!);
        var web = inventory.ConnectionOf(inventory.Host("web02.ams.shop.example")!);

        // Then: host_vars beat the ":5022" of the inventory line; "True" and "yes" both turn become on.
        standby.ShouldBe(new HostConnection("db-standby.ams.shop.example", "ssh", "db-standby.ams.shop.example", 5023, null, null, true, "postgres", null));
        bastion.ShouldBe(new HostConnection("bastion.shop.example", "ssh", "203.0.113.10", null, "ops", null, false, null, null));
        web.Port.ShouldBe(2222);
        inventory.ConnectionOf(inventory.Host("db-a.fra.shop.example")!).Become.ShouldBeTrue();
        inventory.Host("db-standby.ams.shop.example")!.Location.Line.ShouldBe(12);
    }

    [Fact]
    public void Vault_values_and_vault_files_stay_opaque()
    {
        // Given
        const string Envelope = "$ANSIBLE_VAULT;1.1;AES256\n6162636465666768\n";
        Write("hosts.yml", "web:\n  hosts:\n    web1:\n");
        Write("group_vars/web.yml", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162636465666768\nplain: value\n");
        Write("host_vars/web1.yml", Envelope);

        // When
        var inventory = AnsibleInventory.Load(Path.Combine(_folder, "hosts.yml"));
        var host = inventory.Host("web1")!;
        var variables = inventory.VariablesOf(host);

        // Then
        var secret = variables["db_password"].ShouldBeOfType<VaultEncryptedValue>();
        secret.Ciphertext.ShouldBe(Envelope);
        secret.ToString().ShouldBe("(vault-encrypted)");
        variables["plain"].ShouldBe("value");
        host.VarsFiles.ShouldHaveSingleItem().ShouldBe(new VarsFile(Path.Combine(_folder, "host_vars", "web1.yml"), IsVaultEncrypted: true));
        host.FileVariables.ShouldBeEmpty();
        InventoryListJson.Write(inventory).ShouldContain("\"__ansible_vault\"");
    }

    [Fact]
    public void An_inventory_file_that_is_vault_encrypted_is_refused_without_being_opened()
    {
        // Given
        var path = Write("hosts", "$ANSIBLE_VAULT;1.1;AES256\n6162636465666768\n");

        // When
        var error = Should.Throw<InventoryException>(() => AnsibleInventory.Load(path));

        // Then
        error.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("the inventory file itself is vault-encrypted");
    }

    [Fact]
    public void What_ansible_only_warns_about_is_a_positioned_warning()
    {
        // Given
        var path = Write("hosts.yml", "web:\n  hosts:\n    web1:\n  host:\n    web2:\n");

        // When
        var inventory = AnsibleInventory.Load(path);

        // Then
        inventory.Warnings.ShouldHaveSingleItem().ToString().ShouldBe($"{path}:4:3: skipped key 'host' of group 'web': only hosts, vars and children are read");
        inventory.Hosts.Select(host => host.Name).ShouldBe(["web1"]);
    }

    [Theory]
    [InlineData("web[01:03]", "web01 web02 web03")]
    [InlineData("node[0:10:5]", "node0 node5 node10")]
    [InlineData("db-[a:c]", "db-a db-b db-c")]
    [InlineData("r[1:2]-[x:y]", "r1-x r1-y r2-x r2-y")]
    [InlineData("web[:2]", "web0 web1 web2")]
    public void Ranges_expand_as_ansible_expands_them(string entry, string hosts)
    {
        // When
        var inventory = AnsibleInventory.Load(Write("hosts", $"[fleet]\n{entry}\n"));

        // Then
        string.Join(' ', inventory.Group("fleet")!.Hosts.Select(host => host.Name)).ShouldBe(hosts);
    }

    [Theory]
    [InlineData("port=22", 22L)]
    [InlineData("flag=True", true)]
    [InlineData("flag=yes", "yes")]
    [InlineData("mode=0644", "0644")]
    [InlineData("hex=0x1F", 31L)]
    [InlineData("ratio=1.5", 1.5)]
    [InlineData("text='quoted'", "quoted")]
    [InlineData("nothing=None", null)]
    [InlineData("address=10.0.0.1", "10.0.0.1")]
    public void Ini_values_are_typed_as_python_literals(string word, object? expected)
    {
        // When
        var inventory = AnsibleInventory.Load(Write("hosts", $"web1 {word}\n"));

        // Then
        inventory.Host("web1")!.InlineVariables[word[..word.IndexOf('=')]].ShouldBe(expected);
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
