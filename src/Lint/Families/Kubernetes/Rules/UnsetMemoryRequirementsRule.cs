using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>unset-memory-requirements</c>: containers must set a memory limit.</summary>
internal sealed class UnsetMemoryRequirementsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0423";

    /// <inheritdoc />
    public override string Name => "unset-memory-requirements";

    /// <inheritdoc />
    public override string Template => "memory-requirements";

    /// <inheritdoc />
    public override string Title => "Containers must set a memory limit";

    /// <inheritdoc />
    public override string Description =>
        "Without `resources.limits.memory` a memory leak in one container is paid by every pod on the node, until the kernel's OOM killer picks a victim.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("requirementsType", RuleOptionType.String, "limit", "Which requirement is checked: `request`, `limit` or `any`.") { AllowedValues = ["request", "limit", "any"] },
        new RuleOption("lowerBoundMB", RuleOptionType.Integer, 0, "The lower bound of the flagged range, in MB (MiB) (inclusive)."),
        new RuleOption("upperBoundMB", RuleOptionType.Integer, 0, "The upper bound of the flagged range, in MB (MiB) (inclusive); below zero: no upper bound."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            limits:\n              memory: 256Mi\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        // kube-linter's template flags requirements inside [lower, upper] (upper 0 by default: an unset or zero value);
        // an upper bound below zero means none.
        var lower = context.Options.Int("lowerBoundMB");
        var upper = context.Options.Int("upperBoundMB");
        var type = context.Options.String("requirementsType") ?? "limit";
        foreach (var (field, name) in new[] { ("requests", "request"), ("limits", "limit") })
        {
            if (type != "any" && type != name)
            {
                continue;
            }

            var value = PodSpecs.At(container.Node, "resources", field, "memory") as YScalar;
            var amount = value is null ? 0 : Quantities.Parse(value.Value) * 1.0 / (1024 * 1024);
            if (amount is { } measured && measured >= lower && (upper < 0 || measured <= upper))
            {
                context.Report(value ?? (YNode)container.Node, $"container \"{container.Name}\" has memory {name} {(value is null || measured == 0 ? "0" : value.Value)}");
            }
        }
    }
}
