using IacTest.Lint.Families.Ansible.Rules;
using IacTest.Lint.Families.Compose.Rules;
using IacTest.Lint.Families.Kubernetes.Rules;
using IacTest.Lint.Families.Secrets.Rules;
using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Families.Yaml.Rules;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Engine;

/// <summary>
/// Every rule the engine ships: each family's list (<c>AnsibleRules</c>, <c>KubernetesRules</c>, …). A meta-test fails,
/// naming the class, when a rule class is in no list.
/// </summary>
public static class BuiltInRules
{
    private static readonly Lazy<RuleCatalog> DefaultCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The catalog of every rule in the engine.</summary>
    public static RuleCatalog Catalog => DefaultCatalog.Value;

    /// <summary>A fresh instance of every built-in rule.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        .. AnsibleRules.Create(),
        .. ComposeRules.Create(),
        .. KubernetesRules.Create(),
        .. SecretsRules.Create(),
        .. TerraformRules.Create(),
        .. YamlRules.Create(),
        new KustomizeOverlayRule(),
    ];
}
