using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-rolling-update-strategy</c> (template <c>update-configuration</c>): workloads whose update strategy is not a rolling update.</summary>
internal sealed class NoRollingUpdateStrategyRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0446";

    /// <inheritdoc />
    public override string Name => "no-rolling-update-strategy";


    /// <inheritdoc />
    public override string Template => "update-configuration";

    /// <inheritdoc />
    public override string Title => "Workloads should update with a rolling update";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a deployment doesn't use a rolling update strategy. The strategy type (`strategy.type` of a Deployment or DeploymentConfig, `updateStrategy.type` of a StatefulSet or DaemonSet) must match `strategyTypeRegex`; an unset type is the API default, `RollingUpdate`.\n\n**Remediation**: Use a rolling update strategy to avoid service disruption during an update. A rolling update strategy allows for pods to be systematicaly replaced in a controlled fashion to ensure no service disruption.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("strategyTypeRegex", RuleOptionType.String, "^(RollingUpdate|Rolling)$", "Pattern the strategy type must match."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  strategy:\n    type: Recreate\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 0\n      maxSurge: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        var field = obj.Kind switch
        {
            "Deployment" or "DeploymentConfig" => "strategy",
            "StatefulSet" or "DaemonSet" => "updateStrategy",
            _ => null,
        };
        if (field is null || PodSpecs.At(obj.Spec, field, "type") is not YScalar type)
        {
            return;
        }

        var pattern = context.Options.String("strategyTypeRegex") ?? string.Empty;
        if (!KubeRegex.IsMatch(pattern, type.Value))
        {
            context.Report(type, $"object has {type.Value} strategy type but must match regex {pattern}");
        }
    }
}
