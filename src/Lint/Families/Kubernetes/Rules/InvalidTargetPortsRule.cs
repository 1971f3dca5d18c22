using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>invalid-target-ports</c> (template <c>target-port</c>): port names and target ports that the API server rejects.</summary>
internal sealed class InvalidTargetPortsRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0439";

    /// <inheritdoc />
    public override string Name => "invalid-target-ports";


    /// <inheritdoc />
    public override string Template => "target-port";

    /// <inheritdoc />
    public override string Title => "Port names and target ports must be valid";

    /// <inheritdoc />
    public override string Description =>
        "Indicates when deployments or services are using port names that are violating specifications. A Service's `targetPort` must be a number from 1 to 65535 or an IANA service name, and so must a container port's `name`: at most 15 characters of a-z, 0-9 and hyphens, with a letter, no hyphen at either end and no two hyphens in a row.\n\n**Remediation**: Ensure that port naming is in conjunction with the specification. For more information, please look at the Kubernetes Service specification on this page: https://kubernetes.io/docs/reference/_print/#ServiceSpec. And additional information about IANA Service naming can be found on the following page: https://www.rfc-editor.org/rfc/rfc6335.html#section-5.1.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http_metrics\n              containerPort: 9090\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http-metrics\n              containerPort: 9090\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "Service" && obj.Spec?["ports"] is YSequence servicePorts)
        {
            foreach (var port in servicePorts.Items.OfType<YMapping>())
            {
                if (port["targetPort"] is YScalar target && PortNames.Problem(target) is { } problem)
                {
                    context.Report(target, $"port targetPort \"{target.Value}\" in service \"{obj.Name}\" {problem}");
                }
            }

            return;
        }

        if (PodSpecs.PodSpec(obj) is not { } podSpec)
        {
            return;
        }

        foreach (var container in PodSpecs.Containers(podSpec))
        {
            if (container.Node["ports"] is not YSequence ports)
            {
                continue;
            }

            foreach (var port in ports.Items.OfType<YMapping>())
            {
                if (port["name"] is YScalar name && PortNames.NameProblem(name.Value) is { } problem)
                {
                    context.Report(name, $"port name \"{name.Value}\" in container \"{container.Name}\" {problem}");
                }
            }
        }
    }
}
