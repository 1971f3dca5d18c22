using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-ingress</c> (template <c>dangling-ingress</c>): Ingress backends that name no Service (or no port of it) in the scope.</summary>
internal sealed class DanglingIngressRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0429";

    /// <inheritdoc />
    public override string Name => "dangling-ingress";


    /// <inheritdoc />
    public override string Title => "An Ingress backend must name an existing Service and port";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when ingress do not have any associated services. Every backend (`defaultBackend` and each path of each rule) is looked up among the Services of the same namespace in the file and its folder; its port must be one of the Service's ports, by number or by name.\n\n**Remediation**: Confirm that your ingress's backend correctly matches the name and port on one of your services.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 8080\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "Ingress" || obj.Spec is not { } spec)
        {
            return;
        }

        var backends = new List<YMapping>();
        if (PodSpecs.At(spec, "defaultBackend", "service") is YMapping fallback)
        {
            backends.Add(fallback);
        }

        if (spec["rules"] is YSequence rules)
        {
            foreach (var rule in rules.Items.OfType<YMapping>())
            {
                if (PodSpecs.At(rule, "http", "paths") is YSequence paths)
                {
                    backends.AddRange(paths.Items.OfType<YMapping>().Select(p => PodSpecs.At(p, "backend", "service")).OfType<YMapping>());
                }
            }
        }

        var services = KubeContext.For(context.File).Services.Where(s => s.Namespace == obj.Namespace).ToArray();
        foreach (var backend in backends)
        {
            var name = backend.GetScalar("name") ?? string.Empty;
            var number = PodSpecs.At(backend, "port", "number") is YScalar n ? n.Value : null;
            var portName = PodSpecs.At(backend, "port", "name") is YScalar pn ? pn.Value : null;
            var found = services.Any(s => s.Name == name && s.Ports.Any(p => (number is not null && p.Port == number) || (portName is not null && p.Name == portName)));
            if (!found)
            {
                context.Report(backend["name"] ?? backend, $"no service found matching ingress label ({name}), port {number ?? portName}");
            }
        }
    }
}
