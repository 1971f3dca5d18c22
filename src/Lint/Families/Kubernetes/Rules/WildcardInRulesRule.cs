using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>wildcard-in-rules</c> (template <c>wildcard-in-rules</c>): Roles and ClusterRoles whose rules use wildcards.</summary>
internal sealed class WildcardInRulesRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0464";

    /// <inheritdoc />
    public override string Name => "wildcard-in-rules";


    /// <inheritdoc />
    public override string Title => "Role rules should not use wildcards";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicate when a wildcard is used in Role or ClusterRole rules. CIS Benchmark 5.1.3 Use of wildcards is not optimal from a security perspective as it may allow for inadvertent access to be granted when new resources are added to the Kubernetes API either as CRDs or in later versions of the product. Each `*` in `verbs` or `resources` is reported.\n\n**Remediation**: Where possible replace any use of wildcards in clusterroles and roles with specific objects or actions.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: shop-operator\n  namespace: shop\nrules:\n  - apiGroups: [\"apps\"]\n    resources: [\"deployments\"]\n    verbs: [\"*\"]\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: shop-operator\n  namespace: shop\nrules:\n  - apiGroups: [\"apps\"]\n    resources: [\"deployments\"]\n    verbs: [\"get\", \"list\", \"watch\", \"patch\"]\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind is not ("Role" or "ClusterRole") || obj.Root["rules"] is not YSequence rules)
        {
            return;
        }

        foreach (var rule in rules.Items.OfType<YMapping>())
        {
            foreach (var (field, what) in new[] { ("verbs", "verb"), ("resources", "resource") })
            {
                if (rule[field] is YSequence values && values.Items.OfType<YScalar>().FirstOrDefault(v => v.Value == "*") is { } star)
                {
                    context.Report(star, $"wildcard \"*\" in {what} specification");
                }
            }
        }
    }
}
