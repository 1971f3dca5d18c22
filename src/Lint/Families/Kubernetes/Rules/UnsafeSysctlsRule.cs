using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>unsafe-sysctls</c>: pods must not set unsafe sysctls.</summary>
internal sealed class UnsafeSysctlsRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0421";

    /// <inheritdoc />
    public override string Name => "unsafe-sysctls";

    /// <inheritdoc />
    public override string Title => "Pods must not set unsafe sysctls";

    /// <inheritdoc />
    public override string Description =>
        "Sysctls under `kernel.msg`, `kernel.sem`, `kernel.shm`, `fs.mqueue.` and `net.` are not namespaced safely: setting them affects the node and other pods.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("unsafeSysCtls", RuleOptionType.StringList, new[] { "kernel.msg", "kernel.sem", "kernel.shm", "fs.mqueue.", "net." }, "Prefixes of the sysctls that are reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      securityContext:\n        sysctls:\n          - name: net.core.somaxconn\n            value: \"1024\"\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      securityContext:\n        sysctls:\n          - name: vm.swappiness\n            value: \"10\"\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (PodSpecs.At(podSpec, "securityContext", "sysctls") is not YSequence sysctls)
        {
            return;
        }

        foreach (var sysctl in sysctls.Items.OfType<YMapping>())
        {
            if (sysctl["name"] is YScalar name && context.Options.List("unsafeSysCtls").Any(prefix => name.Value.StartsWith(prefix, StringComparison.Ordinal)))
            {
                context.Report(name, $"resource specifies unsafe sysctl \"{name.Value}\".");
            }
        }
    }

}
