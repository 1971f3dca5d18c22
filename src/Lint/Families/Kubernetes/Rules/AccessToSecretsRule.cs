using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>access-to-secrets</c> (template <c>access-to-resources</c>): bindings that grant access to Secrets.</summary>
internal sealed class AccessToSecretsRule : AccessToResourcesRule
{
    /// <inheritdoc />
    public override string Code => "IAC0426";

    /// <inheritdoc />
    public override string Name => "access-to-secrets";


    /// <inheritdoc />
    public override string Template => "access-to-resources";

    /// <inheritdoc />
    public override string Title => "Bindings should not grant access to Secrets";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a subject (Group/User/ServiceAccount) has access to Secrets. CIS Benchmark 5.1.2: Access to secrets should be restricted to the smallest possible group of users to reduce the risk of privilege escalation. The binding is reported at its `roleRef` name when the role it names (found among the objects of the scope) matches the patterns.\n\n**Remediation**: Where possible, remove get, list and watch access to secret objects in the cluster.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("resources", RuleOptionType.StringList, new[] { "^secrets$" }, "Patterns of the resources whose access is reported."),
        new RuleOption("verbs", RuleOptionType.StringList, new[] { "^get$", "^list$", "^delete$", "^create$", "^watch$", "^*$" }, "Patterns of the verbs that are reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n  - apiGroups: [\"\", \"apps\"]\n    resources: [\"secrets\", \"configmaps\"]\n    verbs: [\"get\", \"list\"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: deployer\n  namespace: shop\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: deployer\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n  - apiGroups: [\"\", \"apps\"]\n    resources: [\"configmaps\"]\n    verbs: [\"get\", \"list\"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: deployer\n  namespace: shop\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: deployer\n";


}
