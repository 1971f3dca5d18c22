using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-servicemonitor</c> (template <c>dangling-servicemonitor</c>): ServiceMonitors whose selectors match no Service in the scope.</summary>
internal sealed class DanglingServiceMonitorRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0432";

    /// <inheritdoc />
    public override string Name => "dangling-servicemonitor";


    /// <inheritdoc />
    public override string Title => "A ServiceMonitor must select some Services";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a service monitor's selectors don't match any service. ServiceMonitors are a custom resource only used by the Prometheus operator (https://prometheus-operator.dev/docs/operator/design/#servicemonitor). The `selector` is matched against the labels of the Services in the file and its folder, in the namespaces `namespaceSelector` names (`any: true`: all; `matchNames`: those; neither: the ServiceMonitor's own).\n\n**Remediation**: Check selectors and your services.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web-metrics\n  namespace: shop\n  labels:\n    app: web\nspec:\n  selector:\n    app: web\n  ports:\n    - name: metrics\n      port: 9090\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: api\n  endpoints:\n    - port: metrics\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web-metrics\n  namespace: shop\n  labels:\n    app: web\nspec:\n  selector:\n    app: web\n  ports:\n    - name: metrics\n      port: 9090\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  endpoints:\n    - port: metrics\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "ServiceMonitor" || obj.Spec is not { } spec)
        {
            return;
        }

        var selector = LabelSelector.Of(spec["selector"] as YMapping);
        var namespaces = spec["namespaceSelector"] as YMapping;
        var any = PodSpecs.IsTrue(namespaces?["any"]);
        var names = KubeRoleSummary.Strings(namespaces?["matchNames"]);
        if (selector.IsEmpty && !any && names.Count == 0)
        {
            return;
        }

        var found = KubeContext.For(context.File).Services.Any(s =>
            (any || (names.Count > 0 ? names.Contains(s.Namespace) : s.Namespace == obj.Namespace)) && selector.Matches(s.Labels));
        if (!found)
        {
            context.Report(spec.Find("selector")?.Key ?? obj.Anchor, $"no services found matching the service monitor's label selector ({selector.Canonical()}) and namespace selector ([{string.Join(' ', names)}])");
        }
    }
}
