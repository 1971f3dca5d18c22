using System.Globalization;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>hpa-minimum-three-replicas</c> (template <c>hpa-minimum-replicas</c>): HorizontalPodAutoscalers that may scale below three replicas.</summary>
internal sealed class HpaMinimumThreeReplicasRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0438";

    /// <inheritdoc />
    public override string Name => "hpa-minimum-three-replicas";


    /// <inheritdoc />
    public override string Template => "hpa-minimum-replicas";

    /// <inheritdoc />
    public override string Title => "A HorizontalPodAutoscaler should keep at least three replicas";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a HorizontalPodAutoscaler specifies less than three minReplicas. An unset `minReplicas` is 1, the API default, and is reported at `spec`.\n\n**Remediation**: Increase the number of replicas in the HorizontalPodAutoscaler to at least three to increase fault tolerance.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("minReplicas", RuleOptionType.Integer, 3, "The fewest replicas the autoscaler may keep."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 3\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Spec is not { } spec)
        {
            return;
        }

        var node = spec["minReplicas"] as YScalar;
        var replicas = node is not null && int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var minimum = context.Options.Int("minReplicas");
        if (replicas < minimum)
        {
            context.Report(node ?? (YNode)(obj.Root.Find("spec")!.Key), $"object has {replicas} replicas but minimum required replicas is {minimum}");
        }
    }
}
