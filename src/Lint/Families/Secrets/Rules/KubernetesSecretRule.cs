using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Kubernetes Secrets with their data in the repository.</summary>
internal sealed class KubernetesSecretRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0608";

    /// <inheritdoc />
    public override string Name => "kubernetes-secret";

    /// <inheritdoc />
    public override string Title => "Kubernetes Secrets must not carry their data in Git";

    /// <inheritdoc />
    public override string Description =>
        "A `Secret` with values under `data` (base64 is an encoding, not encryption) or `stringData` puts the secret in the repository. Commit a `SealedSecret` instead, encrypt the file with SOPS (files with a `sops` section and `ENC[…]` values pass), or let an operator (External Secrets) create the Secret. Each key with a value is reported.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: Tr0ub4dor3\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (SecretCandidates.IsSopsEncrypted(context.File.Documents))
        {
            return;
        }

        foreach (var obj in KubeManifest.Objects(context.File))
        {
            if (obj.Kind != "Secret" || obj.ApiVersion != "v1")
            {
                continue;
            }

            foreach (var field in new[] { "data", "stringData" })
            {
                if (obj.Root[field] is not YMapping values)
                {
                    continue;
                }

                foreach (var pair in values.Pairs)
                {
                    if (pair.Value is YScalar { IsNull: false } value && value.Value.Length > 0 && !SecretText.IsReference(value.Value) && pair.KeyText is { } key)
                    {
                        ReportSecret(context, pair.Key, $"Secret \"{obj.Name}\" has \"{key}\" in {field}; use a SealedSecret, SOPS or an external secret store", value.Value);
                    }
                }
            }
        }
    }
}
