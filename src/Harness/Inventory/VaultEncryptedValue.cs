namespace IacTest.Harness.Inventory;

/// <summary>
/// A variable written with the <c>!vault</c> tag. Kept opaque: the harness never decrypts it, and its text form is a
/// placeholder so it cannot leak into a message; the ciphertext goes to Ansible, which decrypts it itself.
/// </summary>
public sealed class VaultEncryptedValue
{
    /// <summary>Creates a value from the vault envelope (<c>$ANSIBLE_VAULT;1.1;AES256</c> and the hex lines).</summary>
    public VaultEncryptedValue(string ciphertext) => Ciphertext = ciphertext;

    /// <summary>The vault envelope exactly as written (encrypted, safe to pass on, useless without the password).</summary>
    public string Ciphertext { get; }

    /// <summary>A placeholder; never the value.</summary>
    public override string ToString() => "(vault-encrypted)";
}
