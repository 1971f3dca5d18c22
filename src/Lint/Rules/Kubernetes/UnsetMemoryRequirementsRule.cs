using IacTest.Lint.Kubernetes;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Kubernetes;

/// <summary>kube-linter's <c>unset-memory-requirements</c>: containers must set a memory limit.</summary>
public sealed class UnsetMemoryRequirementsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0423";

    /// <inheritdoc />
    public override string Name => "unset-memory-requirements";

    /// <inheritdoc />
    public override string Template => "memory-requirements";

    /// <inheritdoc />
    public override string Title => "Containers must set a memory limit";

    /// <inheritdoc />
    public override string Description =>
        "Without `resources.limits.memory` a memory leak in one container is paid by every pod on the node, until the kernel's OOM killer picks a victim.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            limits:\n              memory: 256Mi\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var value = PodSpecs.At(container.Node, "resources", "limits", "memory") as YScalar;
        if (value is null || IsZero(value.Value))
        {
            context.Report(value ?? (YNode)container.Node, $"container \"{container.Name}\" has memory limit 0");
        }
    }

    private static bool IsZero(string quantity) => quantity.TrimStart('+').TrimStart('0').TrimStart('.').TrimStart('0') is "" or "m" or "Mi" or "Gi" or "Ki" or "M" or "G" or "K";
}
