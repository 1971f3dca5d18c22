using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>exposed-services</c> (template <c>forbidden-service-types</c>): Services of a forbidden type.</summary>
internal sealed class ExposedServicesRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0437";

    /// <inheritdoc />
    public override string Name => "exposed-services";


    /// <inheritdoc />
    public override string Template => "forbidden-service-types";

    /// <inheritdoc />
    public override string Title => "Services should not be of a forbidden type";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on services for forbidden types: a NodePort or LoadBalancer Service opens the workload outside the cluster, past the Ingress and its TLS and authentication. Reported at the `type` value.\n\n**Remediation**: Ensure containers are not exposed through a forbidden service type such as NodePort or LoadBalancer.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("forbiddenServiceTypes", RuleOptionType.StringList, new[] { "NodePort", "LoadBalancer" }, "The Service types that are reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: ClusterIP\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "Service" && obj.Spec?["type"] is YScalar type && context.Options.List("forbiddenServiceTypes").Contains(type.Value, StringComparer.OrdinalIgnoreCase))
        {
            context.Report(type, $"\"{type.Value}\" service type is forbidden.");
        }
    }
}
