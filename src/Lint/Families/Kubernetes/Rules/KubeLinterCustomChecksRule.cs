using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// Runs the <c>customChecks</c> of a <c>.kube-linter.yaml</c>: each is a kube-linter template with parameters, run by
/// the built-in rule that implements the template, and reported under the custom check's name with this rule's code.
/// </summary>
internal sealed class KubeLinterCustomChecksRule : LintRule
{
    /// <summary>The code every custom check reports with.</summary>
    public const string RuleCode = "IAC0466";

    /// <summary>The option holding the configured checks (<see cref="KubeCustomCheck"/> items).</summary>
    public const string ChecksOption = "customChecks";

    // Built lazily: the catalog holds this rule too.
    private static readonly Lazy<IReadOnlyDictionary<string, KubeLinterRule>> ByTemplate = new(() =>
        KubernetesRules.Catalog.Rules.OfType<KubeLinterRule>()
            .GroupBy(r => r.Template, StringComparer.Ordinal)
            // Where several checks share a template, the one that reads its parameters runs custom checks.
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Options.Count).First(), StringComparer.Ordinal));

    /// <inheritdoc />
    public override string Code => RuleCode;

    /// <inheritdoc />
    public override string Name => "kube-linter-custom-checks";

    /// <inheritdoc />
    public override string Title => "The custom checks of .kube-linter.yaml";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["kube-linter"];

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption(ChecksOption, RuleOptionType.StringList, Array.Empty<string>(), "The checks, set from `customChecks` of `.kube-linter.yaml`."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Runs the `customChecks` of `.kube-linter.yaml`: each names a kube-linter template and its `params`, optionally narrowed by `scope.objectKinds`. A finding is reported under the custom check's name (ignore it per object with `ignore-check.kube-linter.io/<name>`). Templates whose checks read parameters take them as kube-linter does; see docs/kubernetes.md for the list.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n  labels:\n    team: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object?> ExampleOptions { get; } = new Dictionary<string, object?>
    {
        [ChecksOption] = new[] { new KubeCustomCheck("required-label-team", "required-label", new Dictionary<string, object?> { ["key"] = "team" }, ["DeploymentLike"], "Every workload names its team.", "Add a team label.") },
    };

    /// <summary>The templates custom checks can use.</summary>
    public static IEnumerable<string> Templates => ByTemplate.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The built-in rule that implements a template, or null.</summary>
    public static KubeLinterRule? TemplateRule(string template) => ByTemplate.Value.GetValueOrDefault(template);

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (context.Options[ChecksOption] is not IEnumerable<KubeCustomCheck> checks)
        {
            return;
        }

        foreach (var check in checks)
        {
            if (TemplateRule(check.Template) is not { } template)
            {
                continue;
            }

            var named = new CustomCheck(check.Name);
            var options = new RuleOptionValues(template.Options, check.Parameters);
            template.CheckObjects(context.For(named, options), obj => check.Covers(obj.Kind));
        }
    }

    /// <summary>A custom check's identity in its findings: its name, this rule's code.</summary>
    private sealed class CustomCheck(string name) : LintRule
    {
        public override string Code => RuleCode;

        public override string Name { get; } = name;

        public override string Title => Name;

        public override RuleFamily Family => RuleFamily.Kubernetes;

        public override string Description => Name;

        public override string BadExample => string.Empty;

        public override string GoodExample => string.Empty;

        public override void Check(RuleContext context)
        {
        }
    }
}
