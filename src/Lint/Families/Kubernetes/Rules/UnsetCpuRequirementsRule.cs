using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>unset-cpu-requirements</c>: containers must set a cpu request.</summary>
internal sealed class UnsetCpuRequirementsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0422";

    /// <inheritdoc />
    public override string Name => "unset-cpu-requirements";

    /// <inheritdoc />
    public override string Template => "cpu-requirements";

    /// <inheritdoc />
    public override string Title => "Containers must set a cpu request";

    /// <inheritdoc />
    public override string Description =>
        "Without `resources.requests.cpu` the scheduler places the pod as if it needed no CPU and the node is overcommitted.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("requirementsType", RuleOptionType.String, "request", "Which requirement is checked: `request`, `limit` or `any`.") { AllowedValues = ["request", "limit", "any"] },
        new RuleOption("lowerBoundMillis", RuleOptionType.Integer, 0, "The lower bound of the flagged range, in milli-cores (inclusive)."),
        new RuleOption("upperBoundMillis", RuleOptionType.Integer, 0, "The upper bound of the flagged range, in milli-cores (inclusive); below zero: no upper bound."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests:\n              cpu: 100m\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        // kube-linter's template flags requirements inside [lower, upper] (upper 0 by default: an unset or zero value);
        // an upper bound below zero means none.
        var lower = context.Options.Int("lowerBoundMillis");
        var upper = context.Options.Int("upperBoundMillis");
        var type = context.Options.String("requirementsType") ?? "request";
        foreach (var (field, name) in new[] { ("requests", "request"), ("limits", "limit") })
        {
            if (type != "any" && type != name)
            {
                continue;
            }

            var value = PodSpecs.At(container.Node, "resources", field, "cpu") as YScalar;
            var amount = value is null ? 0 : Quantities.Parse(value.Value) * 1000;
            if (amount is { } measured && measured >= lower && (upper < 0 || measured <= upper))
            {
                context.Report(value ?? (YNode)container.Node, $"container \"{container.Name}\" has cpu {name} {(value is null || measured == 0 ? "0" : value.Value)}");
            }
        }
    }
}
