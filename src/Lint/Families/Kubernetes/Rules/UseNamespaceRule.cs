using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>use-namespace</c> (template <c>use-namespace</c>): workloads and Services in the default namespace.</summary>
internal sealed class UseNamespaceRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0463";

    /// <inheritdoc />
    public override string Name => "use-namespace";


    /// <inheritdoc />
    public override string Title => "Objects should not go to the default namespace";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a resource is deployed to the default namespace.   CIS Benchmark 5.7.1: Create administrative boundaries between resources using namespaces. CIS Benchmark 5.7.4: The default namespace should not be used. Workloads and Services with no `metadata.namespace`, or `default`, are reported (an object without a namespace lands in whatever namespace `kubectl` points at).\n\n**Remediation**: Create namespaces for objects in your deployment.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if ((obj.Kind == "Service" || PodSpecs.IsDeploymentLike(obj.Kind)) && obj.Namespace is "" or "default")
        {
            context.Report((YNode?)(obj.Metadata?["namespace"]) ?? obj.Root.Find("metadata")?.Key ?? obj.Anchor, "object in default namespace");
        }
    }
}
