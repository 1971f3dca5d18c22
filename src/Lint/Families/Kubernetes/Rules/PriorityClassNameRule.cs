using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>priority-class-name</c> (template <c>priority-class-name</c>): pods with a priority class outside the accepted list.</summary>
internal sealed class PriorityClassNameRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0452";

    /// <inheritdoc />
    public override string Name => "priority-class-name";


    /// <inheritdoc />
    public override string Title => "Pods should use an accepted priority class";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a deployment-like object does not use a valid priority class name: a `priorityClassName` that is set must be one of `acceptedPriorityClassNames`.\n\n**Remediation**: Set up the priority class name for your object to any accepted values.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("acceptedPriorityClassNames", RuleOptionType.StringList, new[] { "system-cluster-critical", "system-node-critical" }, "The priority class names pods may use."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      priorityClassName: shop-critical\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      priorityClassName: system-cluster-critical\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        var accepted = context.Options.List("acceptedPriorityClassNames");
        if (podSpec["priorityClassName"] is YScalar { Value.Length: > 0 } name && !accepted.Contains(name.Value, StringComparer.Ordinal))
        {
            context.Report(name, $"object has a priority class name defined with '{name.Value}' but the only accepted priority class names are '[{string.Join(' ', accepted)}]'");
        }
    }
}
