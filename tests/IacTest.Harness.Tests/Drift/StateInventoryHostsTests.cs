using IacTest.Harness.Drift;
using IacTest.Harness.Inventory;

namespace IacTest.Harness.Tests.Drift;

public sealed class StateInventoryHostsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-inventory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_pattern_selects_hosts_reached_through_their_merged_group_and_host_variables()
    {
        // Given: connection settings in group_vars, one host overriding its port and become user in host_vars
        var inventory = Write("inventories/prod/hosts.ini", """
            [web]
            web[1:2].example.org

            [db]
            db1 ansible_host=10.0.5.21

            [prod:children]
            web
            db
            """);
        Write("inventories/prod/group_vars/prod.yml", """
            ansible_user: audit
            ansible_ssh_private_key_file: /etc/iac/keys/audit
            ansible_become: true
            """);
        Write("inventories/prod/host_vars/web2.example.org.yml", """
            ansible_port: 2222
            ansible_become_user: www-data
            """);

        // When
        var hosts = StateInventoryHosts.Load(inventory, "prod:!db");

        // Then
        var common = new DriftHost("web1.example.org", "web1.example.org") { User = "audit", KeyFile = "/etc/iac/keys/audit", Become = true };
        hosts.ShouldBe(
        [
            common,
            common with { Name = "web2.example.org", Address = "web2.example.org", Port = 2222, BecomeUser = "www-data" },
        ]);
    }

    [Fact]
    public void A_key_file_under_home_is_expanded_as_ssh_would()
    {
        // Given
        var inventory = Write("hosts.ini", "db1 ansible_host=10.0.5.21 ansible_ssh_private_key_file=~/.ssh/audit\n");

        // When
        var host = StateInventoryHosts.Load(inventory, "db1").Single();

        // Then
        host.KeyFile.ShouldBe(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh/audit"));
    }

    [Theory]
    [InlineData("web1 ansible_host='{{ lookup(\"env\", \"WEB1\") }}'", "(1,1): host web1: ansible_host is a template or a vault value that only Ansible resolves; write it plainly for state drift")]
    [InlineData("web1 ansible_become=true ansible_become_method=su", "(1,1): host web1: ansible_become_method is 'su'; state drift becomes another user with sudo only")]
    [InlineData("web1 ansible_connection=docker", "(1,1): host web1: ansible_connection is 'docker'; state drift checks hosts over SSH only")]
    public void A_host_state_drift_cannot_reach_as_Ansible_would_is_refused_with_its_position(string line, string error)
    {
        // Given
        var inventory = Write("hosts.ini", line + "\n");

        // When
        var failure = Should.Throw<StateHostListException>(() => StateInventoryHosts.Load(inventory, "all"));

        // Then
        failure.Message.ShouldBe(inventory + error);
    }

    [Fact]
    public void A_vault_encrypted_address_is_refused_rather_than_taken_for_the_host_name()
    {
        // Given
        var inventory = Write("hosts.yml", """
            all:
              hosts:
                db1:
                  ansible_host: !vault |
                    $ANSIBLE_VAULT;1.1;AES256
                    62313365396662343061393464336163383764373764613633653634306231386433626437653362
                    3336343130303437373261363137316239353731653461350a383662366538373261623762303435
            """);

        // When
        var failure = Should.Throw<StateHostListException>(() => StateInventoryHosts.Load(inventory, "db1"));

        // Then
        failure.Message.ShouldBe(inventory + "(3,5): host db1: ansible_host is a template or a vault value that only Ansible resolves; write it plainly for state drift");
    }

    [Fact]
    public void A_pattern_that_selects_nothing_and_a_missing_inventory_are_clear_errors()
    {
        // Given
        var inventory = Write("hosts.ini", "[web]\nweb1\n");

        // When / Then
        Should.Throw<StateHostListException>(() => StateInventoryHosts.Load(inventory, "db")).Message
            .ShouldBe($"{inventory}: the pattern 'db' selects no host of the inventory (1 host(s))");
        var missing = Path.Combine(_folder, "missing.ini");
        Should.Throw<StateHostListException>(() => StateInventoryHosts.Load(missing, "all")).Message
            .ShouldBe($"{missing}: the inventory does not exist");
    }

    [Fact]
    public void An_inventory_Ansible_would_not_read_keeps_its_positioned_error()
    {
        // Given
        var inventory = Write("hosts.ini", "[web\nweb1\n");

        // When / Then
        Should.Throw<InventoryException>(() => StateInventoryHosts.Load(inventory, "all")).Message.ShouldContain("hosts.ini");
    }
}
