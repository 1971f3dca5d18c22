using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-service</c>: a Service's selector must match the pod labels of some workload.</summary>
internal sealed class DanglingServiceRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0402";

    /// <inheritdoc />
    public override string Name => "dangling-service";

    /// <inheritdoc />
    public override string Title => "A Service's selector must match the pod labels of some workload";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override string Description =>
        "A Service whose `selector` matches no pod template is a dead endpoint: traffic goes nowhere. Like kube-linter, the check looks at the objects of the same file and of the other manifests in the same folder; Services without a selector are skipped.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: wbe\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "Service" || obj.Spec?["selector"] is not YMapping selectorNode || selectorNode.Pairs.Count == 0)
        {
            return;
        }

        var selector = PodSpecs.StringMap(selectorNode);
        if (!KubeContext.For(context.File).AnyPodMatches(obj.Namespace, selector))
        {
            context.Report(obj.Spec.Find("selector")!.Key, $"no pods found matching service labels ({PodSpecs.Render(selector)})");
        }
    }
}
