using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>cluster-admin-role-binding</c> (template <c>cluster-admin-role-binding</c>): bindings to the cluster-admin role.</summary>
internal sealed class ClusterAdminRoleBindingRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0427";

    /// <inheritdoc />
    public override string Name => "cluster-admin-role-binding";


    /// <inheritdoc />
    public override string Title => "Do not bind the cluster-admin role";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "CIS Benchmark 5.1.1 Ensure that the cluster-admin role is only used where required. Reported at the `roleRef` name of a ClusterRoleBinding that binds `cluster-admin`.\n\n**Remediation**: Create and assign a separate role that has access to specific resources/actions needed for the service account.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci-admin\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: build\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci-view\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: build\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "ClusterRoleBinding" || obj.Root["roleRef"] is not YMapping roleRef || roleRef["name"] is not YScalar { Value: "cluster-admin" } name
            || (roleRef.GetScalar("kind") ?? "ClusterRole") != "ClusterRole")
        {
            return;
        }

        var subjects = obj.Root["subjects"] is YSequence list ? list.Items.OfType<YMapping>() : [];
        var rendered = subjects.Select(s => "{" + string.Join(',', new[] { "kind", "apiGroup", "name", "namespace" }
            .Where(k => !string.IsNullOrEmpty(s.GetScalar(k))).Select(k => $"\"{k}\":\"{s.GetScalar(k)}\"")) + "}");
        context.Report(name, $"cluster-admin role is bound to [{string.Join(',', rendered)}]");
    }
}
