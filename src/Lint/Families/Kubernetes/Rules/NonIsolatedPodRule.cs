using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>non-isolated-pod</c> (template <c>non-isolated-pod</c>): workloads whose pods no NetworkPolicy selects.</summary>
internal sealed class NonIsolatedPodRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0448";

    /// <inheritdoc />
    public override string Name => "non-isolated-pod";


    /// <inheritdoc />
    public override string Title => "Pods should be isolated by a NetworkPolicy";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on deployment-like objects that are not selected by any NetworkPolicy: with no policy selecting a pod, every pod of the cluster can reach it. The NetworkPolicies of the same namespace in the file and its folder are read.\n\n**Remediation**: Ensure pod does not accept unsafe traffic by isolating it with a NetworkPolicy. See https://cloud.redhat.com/blog/guide-to-kubernetes-ingress-network-policies for more details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "Pod" || PodSpecs.PodTemplate(obj) is not { } template)
        {
            return;
        }

        var labels = PodSpecs.PodLabels(obj);
        if (!KubeContext.For(context.File).NetworkPolicies.Any(p => p.Namespace == obj.Namespace && p.PodSelector.Matches(labels)))
        {
            context.Report(obj.Spec?.Find("template")?.Key ?? obj.Anchor, "pods created by this object are non-isolated");
        }
    }
}
