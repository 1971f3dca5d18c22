using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>run-as-non-root</c>: containers must run as a non-root user.</summary>
internal sealed class RunAsNonRootRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0418";

    /// <inheritdoc />
    public override string Name => "run-as-non-root";

    /// <inheritdoc />
    public override string Title => "Containers must run as a non-root user";

    /// <inheritdoc />
    public override string Description =>
        "Set `runAsNonRoot: true` or a non-zero `runAsUser` in the pod's or the container's `securityContext` (the container's wins): a process that is root in the container is one kernel bug away from root on the node.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var pod = podSpec["securityContext"] as YMapping;
        var own = container.SecurityContext;
        var nonRoot = (own?["runAsNonRoot"] ?? pod?["runAsNonRoot"]) as YScalar;
        var user = (own?["runAsUser"] ?? pod?["runAsUser"]) as YScalar;
        var userIsRoot = user is { Value: "0" };
        if (userIsRoot || !(PodSpecs.IsTrue(nonRoot) || (user is not null && long.TryParse(user.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var uid) && uid > 0)))
        {
            context.Report(container.Node, $"container \"{container.Name}\" is not set to runAsNonRoot");
        }
    }
}
