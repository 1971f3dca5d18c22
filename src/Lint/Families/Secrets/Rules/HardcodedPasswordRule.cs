using IacTest.Lint.Classification;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Literal values under keys that name a secret.</summary>
internal sealed class HardcodedPasswordRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0604";

    /// <inheritdoc />
    public override string Name => "hardcoded-password";

    /// <inheritdoc />
    public override string Title => "Keys that name a secret must not hold a literal value";

    /// <inheritdoc />
    public override string Description =>
        "A literal value under a key that names a secret — `password`, `db_password`, `*_secret`, `apiToken`, `api_key`, `private_key`, `credentials`, and Kubernetes `env` entries named so. A key is read by its words in any spelling (`GF_SECURITY_ADMIN_PASSWORD`, `adminPassword`, `admin-password`, `db.admin.password`), never by letters inside a word. References pass: templates (`{{ }}`, `${ }`), SOPS `ENC[…]`, `!vault`, and obvious placeholders (`changeme`, `<password>`, `xxx`). Keys that describe a secret rather than hold it (`password_file`, `existingSecret`, `token_ttl`, GitHub's `id-token: write`) are not checked. Ansible files, Compose `environment` and Kubernetes `Secret` objects have their own rules (ansible-unvaulted-secret, compose-environment-secret, kubernetes-secret).";

    /// <inheritdoc />
    public override string BadExample => "database:\n  host: db.internal\n  password: Tr0ub4dor3\n";

    /// <inheritdoc />
    public override string GoodExample => "database:\n  host: db.internal\n  password: ${DATABASE_PASSWORD}\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => !kind.IsAnsible();

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var compose = context.File.Kind == FileKind.Compose;
        foreach (var candidate in SecretCandidates.All(context.File.Documents, IsKubernetesSecret))
        {
            if ((compose && candidate.ParentKey == "environment") || !SecretText.IsSecretKey(candidate.Key)
                || !SecretText.IsLiteral(candidate.Value) || SecretPatterns.IsKnownShape(candidate.Value.Value))
            {
                continue;
            }

            ReportSecret(context, candidate.Value, $"\"{candidate.Key}\" holds a literal secret", candidate.Value.Value);
        }
    }

    private static bool IsKubernetesSecret(YMapping mapping) => mapping.GetScalar("kind") == "Secret" && mapping.ContainsKey("apiVersion");
}
