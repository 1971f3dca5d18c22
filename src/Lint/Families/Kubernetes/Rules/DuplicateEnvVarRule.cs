using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>duplicate-env-var</c> (template <c>duplicate-env-var</c>): containers that set one environment variable twice.</summary>
internal sealed class DuplicateEnvVarRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0435";

    /// <inheritdoc />
    public override string Name => "duplicate-env-var";


    /// <inheritdoc />
    public override string Title => "A container must not set an environment variable twice";

    /// <inheritdoc />
    public override string Description =>
        "Check that duplicate named env vars aren't passed to a deployment like. The last one wins silently, so the first is dead configuration that readers still trust; each repeat is reported at its `name`.\n\n**Remediation**: Confirm that your DeploymentLike doesn't have duplicate env vars names.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: PORT\n              value: \"8080\"\n            - name: LOG_LEVEL\n              value: info\n            - name: PORT\n              value: \"9090\"\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: PORT\n              value: \"8080\"\n            - name: LOG_LEVEL\n              value: info\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["env"] is not YSequence env)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in env.Items.OfType<YMapping>())
        {
            if (variable["name"] is YScalar name && !seen.Add(name.Value))
            {
                context.Report(name, $"Duplicate environment variable {name.Value} in container \"{container.Name}\" found");
            }
        }
    }
}
