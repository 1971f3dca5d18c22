using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>required-annotation-email</c> (template <c>required-annotation</c>): workloads without an owner email annotation.</summary>
internal sealed class RequiredAnnotationEmailRule : RequiredMetadataRule
{
    /// <inheritdoc />
    public override string Code => "IAC0456";

    /// <inheritdoc />
    public override string Name => "required-annotation-email";


    /// <inheritdoc />
    public override string Template => "required-annotation";

    /// <inheritdoc />
    public override string Title => "Workloads should carry an owner email annotation";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when objects do not have an email annotation with a valid email address: an annotation whose key matches `key` and whose value matches `value` (both whole-value patterns). Reported at `metadata`.\n\n**Remediation**: Add an email annotation to your object with the email address of the object's owner.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("key", RuleOptionType.String, "email", "Pattern of the annotation's key."),
        new RuleOption("value", RuleOptionType.String, @"[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+", "Pattern of the annotation's value."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n  annotations:\n    email: shop-team@example.com\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override string Field => "annotation";


}
