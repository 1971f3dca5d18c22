using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>drop-net-raw-capability</c>: containers must drop the NET_RAW capability.</summary>
internal sealed class DropNetRawCapabilityRule : ContainerRule
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
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("forbiddenCapabilities", RuleOptionType.StringList, new[] { "NET_RAW" }, "Capabilities every container must drop and must not add."),
        new RuleOption("exceptions", RuleOptionType.StringList, Array.Empty<string>(), "Capabilities that may be added even when `ALL` is forbidden."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            capabilities:\n              drop: [\"ALL\"]\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var capabilities = container.SecurityContext?["capabilities"] as YMapping;
        var added = capabilities?["add"] is YSequence add ? add.Items.OfType<YScalar>().ToArray() : [];
        var dropped = capabilities?["drop"] is YSequence drop ? drop.Items.OfType<YScalar>().Select(c => c.Value).ToArray() : [];
        var exceptions = context.Options.List("exceptions");
        foreach (var forbidden in context.Options.List("forbiddenCapabilities"))
        {
            if (added.FirstOrDefault(c => (Same(c.Value, forbidden) || Same(c.Value, "ALL")) && !exceptions.Any(e => Same(e, c.Value))) is { } adding)
            {
                context.Report(adding, $"container \"{container.Name}\" has ADD capability: \"{adding.Value}\", which matched with the forbidden capability for containers");
            }
            else if (!dropped.Any(c => Same(c, forbidden) || Same(c, "ALL")))
            {
                context.Report(container.Node, $"container \"{container.Name}\" has DROP capabilities: [{string.Join(' ', dropped.Select(d => $"\"{d}\""))}], but does not drop capability \"{forbidden}\" which is required");
            }
        }
    }

    // The API accepts capabilities with or without the CAP_ prefix, in any case.
    private static bool Same(string capability, string name) =>
        string.Equals(Strip(capability), Strip(name), StringComparison.OrdinalIgnoreCase);

    private static string Strip(string capability) =>
        capability.StartsWith("CAP_", StringComparison.OrdinalIgnoreCase) ? capability[4..] : capability;
}
