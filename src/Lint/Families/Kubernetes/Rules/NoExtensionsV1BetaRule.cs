using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>no-extensions-v1beta</c>: do not use the removed extensions/v1beta API group.</summary>
internal sealed class NoExtensionsV1BetaRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0413";

    /// <inheritdoc />
    public override string Name => "no-extensions-v1beta";

    /// <inheritdoc />
    public override string Template => "disallowed-api-obj";

    /// <inheritdoc />
    public override string Title => "Do not use the removed extensions/v1beta API group";

    /// <inheritdoc />
    public override string Description =>
        "`extensions/v1beta1` served Deployments, DaemonSets, ReplicaSets, NetworkPolicies and Ingresses until Kubernetes 1.16 and 1.22; current clusters reject such objects.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("group", RuleOptionType.String, "extensions", "Pattern of the API groups that are disallowed."),
        new RuleOption("version", RuleOptionType.String, "v1beta.+", "Pattern of the versions that are disallowed."),
        new RuleOption("kind", RuleOptionType.String, "", "Pattern of the kinds that are disallowed (empty: any)."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        // kube-linter matches each part against its pattern, whole; an empty pattern matches anything.
        var version = obj.ApiVersion.Contains('/') ? obj.ApiVersion[(obj.ApiVersion.IndexOf('/') + 1)..] : obj.ApiVersion;
        if (Matches(context.Options.String("group"), obj.Group) && Matches(context.Options.String("version"), version)
            && Matches(context.Options.String("kind"), obj.Kind) && obj.Root.Find("apiVersion") is { } pair)
        {
            context.Report(pair.Value, $"disallowed API object found: {obj.ApiVersion}, Kind={obj.Kind}");
        }
    }

    private static bool Matches(string? pattern, string value) => string.IsNullOrEmpty(pattern) || KubeRegex.IsMatch("^(?:" + pattern + ")$", value);
}
