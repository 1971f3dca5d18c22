using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>deprecated-service-account-field</c>: use serviceAccountName, not the deprecated serviceAccount field.</summary>
internal sealed class DeprecatedServiceAccountFieldRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0403";

    /// <inheritdoc />
    public override string Name => "deprecated-service-account-field";

    /// <inheritdoc />
    public override string Title => "Use serviceAccountName, not the deprecated serviceAccount field";

    /// <inheritdoc />
    public override string Description =>
        "`serviceAccount` is a deprecated alias of `serviceAccountName`; tools and readers that only know the new field miss it.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      serviceAccount: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      serviceAccountName: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (podSpec.Find("serviceAccount") is { Value: YScalar { Value.Length: > 0 } value } pair)
        {
            context.Report(pair.Key, $"serviceAccount is specified ({value.Value}), but this field is deprecated; use serviceAccountName instead");
        }
    }
}
