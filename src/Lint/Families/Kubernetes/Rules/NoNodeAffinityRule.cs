using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-node-affinity</c> (template <c>no-node-affinity</c>): pods without node affinity.</summary>
internal sealed class NoNodeAffinityRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0444";

    /// <inheritdoc />
    public override string Name => "no-node-affinity";


    /// <inheritdoc />
    public override string Title => "Pods should declare node affinity";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on deployments that have no node affinity defined: `affinity.nodeAffinity` in the pod spec.\n\n**Remediation**: Specify node-affinity in your pod specification to ensure that the orchestrator attempts to schedule replicas on specified nodes. Refer to https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity for details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n              - matchExpressions:\n                  - key: node-role.example.com/app\n                    operator: Exists\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (PodSpecs.At(podSpec, "affinity", "nodeAffinity") is not YMapping)
        {
            context.Report(podSpec.Find("affinity")?.Key ?? PodSpecs.PodSpecKey(obj) ?? obj.Anchor, "object does not define any node affinity rules.");
        }
    }
}
