using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>read-secret-from-env-var</c> (template <c>read-secret-from-env-var</c>): environment variables read from Secrets.</summary>
internal sealed class ReadSecretFromEnvVarRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0454";

    /// <inheritdoc />
    public override string Name => "read-secret-from-env-var";


    /// <inheritdoc />
    public override string Title => "Read Secrets from files, not environment variables";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a deployment reads secret from environment variables. CIS Benchmark 5.4.1: \"Prefer using secrets as files over secrets as environment variables. \" Environment variables leak into crash dumps, child processes and `kubectl describe`. Reported at each `secretKeyRef`.\n\n**Remediation**: If possible, rewrite application code to read secrets from mounted secret files, rather than from environment variables. Refer to https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets for details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: web-api\n                  key: token\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      volumes:\n        - name: api\n          secret:\n            secretName: web-api\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: api\n              mountPath: /run/secrets/api\n              readOnly: true\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["env"] is not YSequence env)
        {
            return;
        }

        foreach (var variable in env.Items.OfType<YMapping>())
        {
            if ((variable["valueFrom"] as YMapping)?.Find("secretKeyRef") is { } reference)
            {
                context.Report(reference.Key, $"environment variable \"{variable.GetScalar("name")}\" in container \"{container.Name}\" uses SecretKeyRef");
            }
        }
    }
}
