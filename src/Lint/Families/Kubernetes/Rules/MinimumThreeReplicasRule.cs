using System.Globalization;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>minimum-three-replicas</c> (template <c>minimum-replicas</c>): workloads with fewer than three replicas.</summary>
internal sealed class MinimumThreeReplicasRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0442";

    /// <inheritdoc />
    public override string Name => "minimum-three-replicas";


    /// <inheritdoc />
    public override string Template => "minimum-replicas";

    /// <inheritdoc />
    public override string Title => "Workloads should run at least three replicas";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a deployment uses less than three replicas. Applies to Deployments, StatefulSets, ReplicaSets, ReplicationControllers and DeploymentConfigs; an unset `replicas` is 1, the API default, and is reported at `spec`.\n\n**Remediation**: Increase the number of replicas in the deployment to at least three to increase the fault tolerance of the deployment.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("minReplicas", RuleOptionType.Integer, 3, "The fewest replicas a workload may run."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind is not ("Deployment" or "StatefulSet" or "ReplicaSet" or "ReplicationController" or "DeploymentConfig") || obj.Spec is not { } spec)
        {
            return;
        }

        var node = spec["replicas"] as YScalar;
        var replicas = node is not null && int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var minimum = context.Options.Int("minReplicas");
        if (replicas < minimum)
        {
            context.Report(node ?? obj.Root.Find("spec")!.Key, $"object has {replicas} replicas but minimum required replicas is {minimum}");
        }
    }
}
