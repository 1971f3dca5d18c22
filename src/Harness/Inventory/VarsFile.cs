namespace IacTest.Harness.Inventory;

/// <summary>
/// A file of <c>group_vars/</c> or <c>host_vars/</c> that was read for a group or host. A vault-encrypted file is
/// listed but never opened: Ansible decrypts it at run time with the user's vault password.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="IsVaultEncrypted">Whether the whole file is vault-encrypted (its variables are then unknown here).</param>
public sealed record VarsFile(string Path, bool IsVaultEncrypted);
