using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-anti-affinity</c>: replicated workloads should spread their pods across nodes.</summary>
internal sealed class NoAntiAffinityRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0412";

    /// <inheritdoc />
    public override string Name => "no-anti-affinity";

    /// <inheritdoc />
    public override string Template => "anti-affinity";

    /// <inheritdoc />
    public override string Title => "Replicated workloads should spread their pods across nodes";

    /// <inheritdoc />
    public override string Description =>
        "With two or more replicas and no pod anti-affinity on `kubernetes.io/hostname`, the scheduler may place every replica on one node, and one node failure takes the service down.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("minReplicas", RuleOptionType.Integer, 2, "The fewest replicas from which anti-affinity is required."),
        new RuleOption("topologyKey", RuleOptionType.String, "kubernetes.io/hostname", "The topology key the anti-affinity must spread over."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n            - weight: 100\n              podAffinityTerm:\n                topologyKey: kubernetes.io/hostname\n                labelSelector:\n                  matchLabels:\n                    app: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind is not ("Deployment" or "StatefulSet" or "ReplicaSet" or "DeploymentConfig") || obj.Spec?.Find("replicas") is not { Value: YScalar replicasNode } replicasPair
            || !int.TryParse(replicasNode.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var replicas) || replicas < context.Options.Int("minReplicas"))
        {
            return;
        }

        var antiAffinity = PodSpecs.At(PodSpecs.PodSpec(obj), "affinity", "podAntiAffinity") as YMapping;
        var terms = new List<YMapping>();
        if (antiAffinity?["requiredDuringSchedulingIgnoredDuringExecution"] is YSequence required)
        {
            terms.AddRange(required.Items.OfType<YMapping>());
        }

        if (antiAffinity?["preferredDuringSchedulingIgnoredDuringExecution"] is YSequence preferred)
        {
            terms.AddRange(preferred.Items.OfType<YMapping>().Select(p => p["podAffinityTerm"]).OfType<YMapping>());
        }

        var topologyKey = context.Options.String("topologyKey") ?? "kubernetes.io/hostname";
        if (terms.Any(t => t.GetScalar("topologyKey") is null or "" || t.GetScalar("topologyKey") == topologyKey))
        {
            return;
        }

        context.Report(replicasPair.Key, $"object has {replicas} replicas but does not specify inter pod anti-affinity");
    }
}
