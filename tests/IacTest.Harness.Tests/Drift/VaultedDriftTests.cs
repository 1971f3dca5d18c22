using IacTest.Harness.Discovery;
using IacTest.Harness.Drift;
using IacTest.Harness.Inventory;

namespace IacTest.Harness.Tests.Drift;

/// <summary>
/// Vaulted inventory values reach Ansible untouched: with the vault password file Ansible decrypts them itself; the
/// harness only ever holds the ciphertext. Runs on the controller (connection local, a read-only assert).
/// </summary>
public sealed class VaultedDriftTests
{
    private const string Plaintext = "rollout 2026.12 approved by change board";

    private static string Repository => ProjectFiles.Path("Drift", "VaultRepository");

    private static ConfigurationDriftCheck Check() =>
        ConfigurationDriftCheck.For(Path.Combine(Repository, "site.yml"), Path.Combine(Repository, "inventory", "hosts.yml"));

    [Fact]
    public async Task With_the_vault_password_file_ansible_decrypts_the_value_and_the_host_is_clean()
    {
        // Given
        var transcript = new List<string>();

        // When
        var report = await Check().WithVaultPasswordFile(Path.Combine(Repository, "vault-password.txt")).WithOutput(transcript.Add).RunAsync();

        // Then: the assert on the decrypted value passed, so nothing is reported.
        report.Hosts.ShouldBe(["controller"]);
        report.Entries.ShouldBeEmpty(report.Describe());
        string.Join('\n', transcript).ShouldNotContain(Plaintext);
    }

    [Fact]
    public async Task Without_the_password_the_task_is_unknown_and_nothing_is_decrypted()
    {
        // When
        var report = await Check().RunAsync();

        // Then
        var unknown = report.Entries.ShouldHaveSingleItem();
        unknown.Kind.ShouldBe(ReportEntryKind.Unknown);
        unknown.Location.ShouldBe(new ReportLocation("site.yml", 6));
        unknown.Message.ShouldContain("vault", Case.Insensitive);
        report.ToJson().ShouldNotContain(Plaintext);
    }

    [Fact]
    public void The_harness_holds_only_the_ciphertext()
    {
        // When
        var inventory = AnsibleInventory.Load(Path.Combine(Repository, "inventory", "hosts.yml"));
        var value = inventory.VariablesOf(inventory.Host("controller")!)["release_note"];

        // Then
        var vaulted = value.ShouldBeOfType<VaultEncryptedValue>();
        vaulted.Ciphertext.ShouldStartWith("$ANSIBLE_VAULT;1.1;AES256\n");
        vaulted.Ciphertext.ShouldNotContain(Plaintext);
        InventoryListJson.Write(inventory).ShouldNotContain(Plaintext);
    }
}
