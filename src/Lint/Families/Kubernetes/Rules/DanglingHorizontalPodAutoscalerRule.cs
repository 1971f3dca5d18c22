using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-horizontalpodautoscaler</c> (template <c>dangling-horizontalpodautoscaler</c>): HorizontalPodAutoscalers whose target is not in the scope.</summary>
internal sealed class DanglingHorizontalPodAutoscalerRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0428";

    /// <inheritdoc />
    public override string Name => "dangling-horizontalpodautoscaler";


    /// <inheritdoc />
    public override string Title => "A HorizontalPodAutoscaler must target an existing workload";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when HorizontalPodAutoscalers target a missing resource. The `scaleTargetRef` (kind and name) is looked up among the workloads of the same namespace in the file and its folder.\n\n**Remediation**: Confirm that your HorizontalPodAutoscaler's scaleTargetRef correctly matches one of your deployments.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: webb\n  minReplicas: 3\n  maxReplicas: 10\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 3\n  maxReplicas: 10\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Spec?.Find("scaleTargetRef") is not { Value: YMapping target } pair)
        {
            return;
        }

        var kind = target.GetScalar("kind") ?? string.Empty;
        var name = target.GetScalar("name") ?? string.Empty;
        if (!KubeContext.For(context.File).Workloads.Any(w => w.Namespace == obj.Namespace && w.Kind == kind && w.Name == name))
        {
            context.Report(pair.Key, $"no resources found matching HorizontalPodAutoscaler scaleTargetRef ({{{kind} {name} {target.GetScalar("apiVersion")}}})");
        }
    }
}
