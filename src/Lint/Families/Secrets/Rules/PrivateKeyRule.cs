using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Private keys committed in clear text.</summary>
internal sealed class PrivateKeyRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0601";

    /// <inheritdoc />
    public override string Name => "private-key";

    /// <inheritdoc />
    public override string Title => "Private keys must not be committed in clear text";

    /// <inheritdoc />
    public override string Description =>
        "A `-----BEGIN … PRIVATE KEY-----` block followed by key material (RSA, EC, OpenSSH, PKCS#8, PGP) anywhere in the file, comments included. Anyone with read access to the repository — and its history — holds the key. Encrypt it (Ansible Vault, SOPS, SealedSecrets) or load it from a secret store, and rotate it.";

    /// <inheritdoc />
    public override string BadExample =>
        "tls_key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n  -----END RSA PRIVATE KEY-----\n";

    /// <inheritdoc />
    public override string GoodExample => "tls_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/web:tls_key') }}\"\n";

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <inheritdoc />
    public override void Check(RuleContext context) =>
        ReportMatches(context, IacTest.Lint.Families.Secrets.Model.SecretPatterns.PrivateKey(), match => (match.Groups[0], "private key"), "PRIVATE KEY");
}
