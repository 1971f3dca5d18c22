using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-read-only-root-fs</c>: containers should run with a read-only root file system.</summary>
internal sealed class NoReadOnlyRootFsRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0414";

    /// <inheritdoc />
    public override string Name => "no-read-only-root-fs";

    /// <inheritdoc />
    public override string Template => "read-only-root-fs";

    /// <inheritdoc />
    public override string Title => "Containers should run with a read-only root file system";

    /// <inheritdoc />
    public override string Description =>
        "A writable root file system lets an attacker drop binaries into the container. Set `securityContext.readOnlyRootFilesystem: true` and mount writable volumes where the application needs them.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            readOnlyRootFilesystem: true\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (!PodSpecs.IsTrue(container.SecurityContext?["readOnlyRootFilesystem"]))
        {
            context.Report(container.Node, $"container \"{container.Name}\" does not have a read-only root file system");
        }
    }
}
