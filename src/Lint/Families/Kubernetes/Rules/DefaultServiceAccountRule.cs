using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>default-service-account</c> (template <c>service-account</c>): pods that run as the default service account.</summary>
internal sealed class DefaultServiceAccountRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0433";

    /// <inheritdoc />
    public override string Name => "default-service-account";


    /// <inheritdoc />
    public override string Template => "service-account";

    /// <inheritdoc />
    public override string Title => "Pods should not use the default service account";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when pods use the default service account. The service account is `serviceAccountName`, else the deprecated `serviceAccount`, else none (which is `default`); it is reported when it matches the `serviceAccount` pattern.\n\n**Remediation**: Create a dedicated service account for your pod. Refer to https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/ for details.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("serviceAccount", RuleOptionType.String, "^(|default)$", "Pattern of the service account names that are reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      serviceAccountName: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        var node = (podSpec["serviceAccountName"] ?? podSpec["serviceAccount"]) as YScalar;
        var account = node?.Value ?? string.Empty;
        if (KubeRegex.IsMatch(context.Options.String("serviceAccount") ?? string.Empty, account))
        {
            context.Report(node ?? PodSpecs.PodSpecKey(obj) ?? obj.Anchor, $"found matching serviceAccount (\"{account}\")");
        }
    }
}
