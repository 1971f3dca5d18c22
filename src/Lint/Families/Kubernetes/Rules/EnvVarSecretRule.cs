using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>env-var-secret</c>: do not put secrets in plain environment variables.</summary>
internal sealed class EnvVarSecretRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0406";

    /// <inheritdoc />
    public override string Name => "env-var-secret";

    /// <inheritdoc />
    public override string Template => "env-var";

    /// <inheritdoc />
    public override string Title => "Do not put secrets in plain environment variables";

    /// <inheritdoc />
    public override string Description =>
        "An environment variable whose name contains `secret` and that has a literal `value` puts a secret in the manifest. Read it from a Secret with `valueFrom.secretKeyRef`.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: API_SECRET\n              value: s3cr3t\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: API_SECRET\n              valueFrom:\n                secretKeyRef:\n                  name: api\n                  key: secret\n";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("name", RuleOptionType.String, DefaultName, "Pattern of the variable names that are reported."),
        new RuleOption("value", RuleOptionType.String, DefaultValue, "Pattern of the literal values that are reported."),
    ];

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["env"] is not YSequence env)
        {
            return;
        }

        var namePattern = context.Options.String("name") ?? string.Empty;
        var valuePattern = context.Options.String("value") ?? string.Empty;
        foreach (var variable in env.Items.OfType<YMapping>())
        {
            var name = variable.GetScalar("name");
            if (name is not null && NameMatches(namePattern, name)
                && variable["value"] is YScalar value && (valuePattern == DefaultValue ? value.Value.Any(c => c != '\n') : KubeRegex.IsMatch(valuePattern, value.Value)))
            {
                context.Report(value, $"environment variable {name} in container \"{container.Name}\" found");
            }
        }
    }

    // kube-linter's defaults, answered without a regular expression per variable (every container has a few).
    private const string DefaultName = "(?i).*secret.*";
    private const string DefaultValue = ".+";

    private static bool NameMatches(string pattern, string name) =>
        pattern == DefaultName ? name.Contains("secret", StringComparison.OrdinalIgnoreCase) : KubeRegex.IsMatch(pattern, name);
}
