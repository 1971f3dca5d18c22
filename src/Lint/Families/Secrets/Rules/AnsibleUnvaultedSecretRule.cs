using IacTest.Lint.Classification;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Secret-looking Ansible variables in clear text.</summary>
internal sealed class AnsibleUnvaultedSecretRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0607";

    /// <inheritdoc />
    public override string Name => "ansible-unvaulted-secret";

    /// <inheritdoc />
    public override string Title => "Ansible secrets must be vaulted or looked up";

    /// <inheritdoc />
    public override string Description =>
        "In playbooks, task files, role variables, `group_vars`/`host_vars` and inventories, a variable or module argument that names a secret (`db_password`, `api_token`, `client_secret`…) must be encrypted with `!vault` or come from a template — a lookup of a secret store (`{{ lookup('community.hashi_vault.hashi_vault', …) }}`) or a vaulted variable (`{{ vault_db_password }}`).";

    /// <inheritdoc />
    public override string BadExample => "- hosts: db\n  vars:\n    db_password: Tr0ub4dor3\n  roles:\n    - postgres\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "- hosts: db\n  vars:\n    db_password: !vault |\n      $ANSIBLE_VAULT;1.1;AES256\n      62313365396662343061393464336163383764373764613633653634306231386433626436623361\n  roles:\n    - postgres\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind.IsAnsible();

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var candidate in SecretCandidates.All(context.File.Documents))
        {
            if (!SecretText.IsSecretKey(candidate.Key) || !SecretText.IsLiteral(candidate.Value) || SecretPatterns.IsKnownShape(candidate.Value.Value))
            {
                continue;
            }

            ReportSecret(context, candidate.Value, $"\"{candidate.Key}\" is neither vaulted nor looked up", candidate.Value.Value);
        }
    }
}
