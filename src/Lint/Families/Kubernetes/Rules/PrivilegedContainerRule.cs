using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>privileged-container</c>: containers must not run privileged.</summary>
internal sealed class PrivilegedContainerRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0417";

    /// <inheritdoc />
    public override string Name => "privileged-container";

    /// <inheritdoc />
    public override string Template => "privileged";

    /// <inheritdoc />
    public override string Title => "Containers must not run privileged";

    /// <inheritdoc />
    public override string Description =>
        "A privileged container has every capability and every device of the node: it is root on the node.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            privileged: true\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.SecurityContext?.Find("privileged") is { } privileged && PodSpecs.IsTrue(privileged.Value))
        {
            context.Report(privileged.Key, $"container \"{container.Name}\" is privileged");
        }
    }
}
