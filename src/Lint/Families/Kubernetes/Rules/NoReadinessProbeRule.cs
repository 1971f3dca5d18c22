using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-readiness-probe</c> (template <c>readiness-probe</c>): containers without a readiness probe.</summary>
internal sealed class NoReadinessProbeRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0445";

    /// <inheritdoc />
    public override string Name => "no-readiness-probe";


    /// <inheritdoc />
    public override string Template => "readiness-probe";

    /// <inheritdoc />
    public override string Title => "Containers should have a readiness probe";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when containers fail to specify a readiness probe: without it the Service sends traffic to a pod that is still starting or is overloaded. Init containers are not checked (they cannot have probes); the finding points at the container.\n\n**Remediation**: Specify a readiness probe in your container. Refer to https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/ for details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Field == "containers" && !container.Node.ContainsKey("readinessProbe"))
        {
            context.Report(container.Node, $"container \"{container.Name}\" does not specify a readiness probe");
        }
    }
}
