using IacTest.Lint.Kubernetes;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Kubernetes;

/// <summary>kube-linter's <c>unset-cpu-requirements</c>: containers must set a cpu request.</summary>
public sealed class UnsetCpuRequirementsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0422";

    /// <inheritdoc />
    public override string Name => "unset-cpu-requirements";

    /// <inheritdoc />
    public override string Template => "cpu-requirements";

    /// <inheritdoc />
    public override string Title => "Containers must set a cpu request";

    /// <inheritdoc />
    public override string Description =>
        "Without `resources.requests.cpu` the scheduler places the pod as if it needed no CPU and the node is overcommitted.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests:\n              cpu: 100m\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var value = PodSpecs.At(container.Node, "resources", "requests", "cpu") as YScalar;
        if (value is null || IsZero(value.Value))
        {
            context.Report(value ?? (YNode)container.Node, $"container \"{container.Name}\" has cpu request 0");
        }
    }

    private static bool IsZero(string quantity) => quantity.TrimStart('+').TrimStart('0').TrimStart('.').TrimStart('0') is "" or "m" or "Mi" or "Gi" or "Ki" or "M" or "G" or "K";
}
