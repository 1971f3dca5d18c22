using IacTest.Lint.Kubernetes;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Kubernetes;

/// <summary>kube-linter's <c>drop-net-raw-capability</c>: containers must drop the NET_RAW capability.</summary>
public sealed class DropNetRawCapabilityRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0405";

    /// <inheritdoc />
    public override string Name => "drop-net-raw-capability";

    /// <inheritdoc />
    public override string Template => "verify-container-capabilities";

    /// <inheritdoc />
    public override string Title => "Containers must drop the NET_RAW capability";

    /// <inheritdoc />
    public override string Description =>
        "`NET_RAW` lets a process craft raw packets (ARP or DNS spoofing inside the cluster). Drop it, or drop `ALL`, in every container's `securityContext.capabilities.drop`.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            capabilities:\n              drop: [\"ALL\"]\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var capabilities = container.SecurityContext?["capabilities"] as YMapping;
        if (capabilities?["add"] is YSequence added && added.Items.OfType<YScalar>().FirstOrDefault(c => IsNetRaw(c.Value)) is { } add)
        {
            context.Report(add, $"container \"{container.Name}\" has ADD capability: \"{add.Value}\", which matched with the forbidden capability for containers");
            return;
        }

        if (capabilities?["drop"] is YSequence dropped && dropped.Items.OfType<YScalar>().Any(c => IsNetRaw(c.Value) || c.Value.Equals("ALL", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        context.Report(container.Node, $"container \"{container.Name}\" has DROP capabilities: [], but does not drop capability \"NET_RAW\" which is required");
    }

    private static bool IsNetRaw(string capability) =>
        capability.Equals("NET_RAW", StringComparison.OrdinalIgnoreCase) || capability.Equals("CAP_NET_RAW", StringComparison.OrdinalIgnoreCase);
}
