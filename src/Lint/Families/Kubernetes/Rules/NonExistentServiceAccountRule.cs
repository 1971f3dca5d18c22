using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>non-existent-service-account</c>: a pod's service account must be defined with it.</summary>
internal sealed class NonExistentServiceAccountRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0415";

    /// <inheritdoc />
    public override string Name => "non-existent-service-account";

    /// <inheritdoc />
    public override string Title => "A pod's service account must be defined with it";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override string Description =>
        "A pod that names a ServiceAccount which is not defined does not start. Like kube-linter, the check looks at the objects of the same file and of the other manifests in the same folder; `default` is always there.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      serviceAccountName: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      serviceAccountName: web\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        var pair = podSpec.Find("serviceAccountName") ?? podSpec.Find("serviceAccount");
        if (pair?.Value is YScalar { Value.Length: > 0 } value && value.Value != "default"
            && !KubeContext.For(context.File).HasServiceAccount(obj.Namespace, value.Value))
        {
            context.Report(value, $"serviceAccount \"{value.Value}\" not found");
        }
    }
}
