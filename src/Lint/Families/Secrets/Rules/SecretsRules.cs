using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>
/// The Secrets family's rules: the secrets rules, on every YAML file.
/// The one place a rule of the family is listed, explicitly so the list survives trimming and Native AOT; the
/// engine's catalog (<c>BuiltInRules</c>) is every family's list, and the family's configuration reads this one.
/// </summary>
public static class SecretsRules
{
    private static readonly Lazy<RuleCatalog> FamilyCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The family's rules as a catalog, for its configuration files, which name only its rules.</summary>
    public static RuleCatalog Catalog => FamilyCatalog.Value;

    /// <summary>A fresh instance of every rule of the family.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        new AnsibleUnvaultedSecretRule(),
        new CloudAccessKeyRule(),
        new ComposeEnvironmentSecretRule(),
        new ConnectionStringCredentialsRule(),
        new HardcodedPasswordRule(),
        new HighEntropySecretRule(),
        new KubernetesSecretRule(),
        new PrivateKeyRule(),
        new ServiceTokenRule(),
        new TerraformSecretRule(),
    ];
}
