using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>ssh-port</c>: containers should not expose SSH.</summary>
internal sealed class SshPortRule : ContainerRule
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
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("port", RuleOptionType.Integer, 22, "The container port that is reported."),
        new RuleOption("protocol", RuleOptionType.String, "TCP", "Its protocol."),
    ];

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

        var wanted = context.Options.Int("port").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var protocol = context.Options.String("protocol") ?? "TCP";
        foreach (var port in ports.Items.OfType<YMapping>())
        {
            if (port["containerPort"] is YScalar number && number.Value == wanted
                && string.Equals(port.GetScalar("protocol") ?? "TCP", protocol, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(number, $"port {wanted} and protocol {protocol} in container \"{container.Name}\" found");
            }
        }
    }
}
