using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>required-label-owner</c> (template <c>required-label</c>): workloads without an owner label.</summary>
internal sealed class RequiredLabelOwnerRule : RequiredMetadataRule
{
    /// <inheritdoc />
    public override string Code => "IAC0457";

    /// <inheritdoc />
    public override string Name => "required-label-owner";


    /// <inheritdoc />
    public override string Template => "required-label";

    /// <inheritdoc />
    public override string Title => "Workloads should carry an owner label";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when objects do not have an email annotation with an owner label: a label whose key matches `key` (and value matches `value`, any by default). Reported at `metadata`.\n\n**Remediation**: Add an email annotation to your object with the name of the object's owner.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("key", RuleOptionType.String, "owner", "Pattern of the label's key."),
        new RuleOption("value", RuleOptionType.String, "", "Pattern of the label's value (empty: any)."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n  labels:\n    owner: shop-team\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override string Field => "label";


}
