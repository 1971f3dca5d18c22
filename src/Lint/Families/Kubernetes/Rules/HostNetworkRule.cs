using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>host-network</c>: pods must not share the host's network namespace.</summary>
internal sealed class HostNetworkRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0408";

    /// <inheritdoc />
    public override string Name => "host-network";

    /// <inheritdoc />
    public override string Title => "Pods must not share the host's network namespace";

    /// <inheritdoc />
    public override string Description =>
        "`hostNetwork: true` puts the pod in the node's network namespace, which breaks the isolation between the pod and the node.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (podSpec.Find("hostNetwork") is { } pair && PodSpecs.IsTrue(pair.Value))
        {
            context.Report(pair.Key, "resource shares host's network namespace (via hostNetwork=true).");
        }
    }
}
