using IacTest.Lint.Kubernetes;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Kubernetes;

/// <summary>kube-linter's <c>ssh-port</c>: containers should not expose SSH.</summary>
public sealed class SshPortRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0420";

    /// <inheritdoc />
    public override string Name => "ssh-port";

    /// <inheritdoc />
    public override string Template => "ports";

    /// <inheritdoc />
    public override string Title => "Containers should not expose SSH";

    /// <inheritdoc />
    public override string Description =>
        "A container that exposes port 22 usually runs an SSH daemon: one more way in, with credentials to manage. Use `kubectl exec` instead.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 22\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["ports"] is not YSequence ports)
        {
            return;
        }

        foreach (var port in ports.Items.OfType<YMapping>())
        {
            if (port["containerPort"] is YScalar { Value: "22" } number && (port.GetScalar("protocol") ?? "TCP") == "TCP")
            {
                context.Report(number, $"port 22 and protocol TCP in container \"{container.Name}\" found");
            }
        }
    }
}
