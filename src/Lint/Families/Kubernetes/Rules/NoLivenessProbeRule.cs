using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-liveness-probe</c> (template <c>liveness-probe</c>): containers without a liveness probe.</summary>
internal sealed class NoLivenessProbeRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0443";

    /// <inheritdoc />
    public override string Name => "no-liveness-probe";


    /// <inheritdoc />
    public override string Template => "liveness-probe";

    /// <inheritdoc />
    public override string Title => "Containers should have a liveness probe";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when containers fail to specify a liveness probe: without it a hung process keeps its pod until someone notices. Init containers are not checked (they cannot have probes); the finding points at the container.\n\n**Remediation**: Specify a liveness probe in your container. Refer to https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/ for details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Field == "containers" && !container.Node.ContainsKey("livenessProbe"))
        {
            context.Report(container.Node, $"container \"{container.Name}\" does not specify a liveness probe");
        }
    }
}
