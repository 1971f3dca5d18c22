using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>env-value-from</c> (template <c>env-value-from</c>): environment variables read from Secrets or ConfigMaps that are not in the scope.</summary>
internal sealed class EnvValueFromRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0436";

    /// <inheritdoc />
    public override string Name => "env-value-from";


    /// <inheritdoc />
    public override string Title => "Environment variables must read existing Secrets and ConfigMaps";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when objects use a secret or configmap not included in the deployment. Each `valueFrom.secretKeyRef` and `configMapKeyRef` that is not `optional: true` must name a Secret or ConfigMap of the same namespace in the file or its folder, and a key it has. Names matching `IgnoredSecrets` / `IgnoredConfigMaps` (created outside the repository, by an operator or sealed-secrets) are skipped.\n\n**Remediation**: Change the name or key to match a secret / configmap in the deployment.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("IgnoredSecrets", RuleOptionType.StringList, Array.Empty<string>(), "Patterns of Secret names that are not looked up."),
        new RuleOption("IgnoredConfigMaps", RuleOptionType.StringList, Array.Empty<string>(), "Patterns of ConfigMap names that are not looked up."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\nstringData:\n  password: change-me\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: database\n                  key: password\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\nstringData:\n  password: change-me\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db\n                  key: password\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["env"] is not YSequence env)
        {
            return;
        }

        foreach (var variable in env.Items.OfType<YMapping>())
        {
            foreach (var (field, kind, ignored) in new[] { ("secretKeyRef", "Secret", "IgnoredSecrets"), ("configMapKeyRef", "ConfigMap", "IgnoredConfigMaps") })
            {
                if (PodSpecs.At(variable, "valueFrom", field) is not YMapping reference || PodSpecs.IsTrue(reference["optional"])
                    || reference["name"] is not YScalar name || KubeRegex.AnyMatch(context.Options.List(ignored), name.Value))
                {
                    continue;
                }

                var config = KubeContext.For(context.File).Configs.FirstOrDefault(c => c.Kind == kind && c.Namespace == obj.Namespace && c.Name == name.Value);
                var label = kind == "Secret" ? "secret" : "configmap";
                if (config is null)
                {
                    context.Report(name, $"The container \"{container.Name}\" is referring to an unknown {label} \"{name.Value}\"");
                }
                else if (reference["key"] is YScalar key && !config.Keys.Contains(key.Value))
                {
                    context.Report(key, $"The container \"{container.Name}\" is referring to an unknown key \"{key.Value}\" in {label} \"{name.Value}\"");
                }
            }
        }
    }
}
