using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>access-to-create-pods</c> (template <c>access-to-resources</c>): bindings that grant create access to pods and pod controllers.</summary>
internal sealed class AccessToCreatePodsRule : AccessToResourcesRule
{
    /// <inheritdoc />
    public override string Code => "IAC0425";

    /// <inheritdoc />
    public override string Name => "access-to-create-pods";


    /// <inheritdoc />
    public override string Template => "access-to-resources";

    /// <inheritdoc />
    public override string Title => "Bindings should not grant create access to pods";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a subject (Group/User/ServiceAccount) has create access to Pods. CIS Benchmark 5.1.4: The ability to create pods in a cluster opens up possibilities for privilege escalation and should be restricted, where possible. The binding is reported at its `roleRef` name when the Role or ClusterRole it names (found among the objects of the scope) has a rule whose verbs and resources match the `verbs` and `resources` patterns.\n\n**Remediation**: Where possible, remove create access to pod objects in the cluster.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("resources", RuleOptionType.StringList, new[] { "^pods$", "^deployments$", "^statefulsets$", "^replicasets$", "^cronjob$", "^jobs$", "^daemonsets$" }, "Patterns of the resources whose access is reported."),
        new RuleOption("verbs", RuleOptionType.StringList, new[] { "^create$" }, "Patterns of the verbs that are reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n  - apiGroups: [\"\", \"apps\"]\n    resources: [\"pods\", \"services\"]\n    verbs: [\"get\", \"list\", \"create\"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: deployer\n  namespace: shop\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: deployer\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n  - apiGroups: [\"\", \"apps\"]\n    resources: [\"pods\", \"services\"]\n    verbs: [\"get\", \"list\"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: deployer\n  namespace: shop\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: deployer\n";


}
