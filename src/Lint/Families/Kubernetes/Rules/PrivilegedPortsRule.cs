using System.Globalization;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>privileged-ports</c> (template <c>privileged-ports</c>): containers that listen on a privileged port.</summary>
internal sealed class PrivilegedPortsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0453";

    /// <inheritdoc />
    public override string Name => "privileged-ports";


    /// <inheritdoc />
    public override string Title => "Containers should not use privileged ports";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on deployments with privileged ports mapped in containers: binding a port below 1024 needs root or `NET_BIND_SERVICE`. Reported at each such `containerPort`.\n\n**Remediation**: Ensure privileged ports [0, 1024] are not mapped within containers.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 80\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 8080\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["ports"] is not YSequence ports)
        {
            return;
        }

        foreach (var port in ports.Items.OfType<YMapping>())
        {
            if (port["containerPort"] is YScalar number && int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1024)
            {
                context.Report(number, $"port {value} is mapped in container \"{container.Name}\".");
            }
        }
    }
}
