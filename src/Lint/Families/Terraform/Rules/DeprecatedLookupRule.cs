using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_deprecated_lookup</c>: <c>lookup(map, key)</c> without a default.</summary>
internal sealed class DeprecatedLookupRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0709";

    /// <inheritdoc />
    public override string Name => "terraform_deprecated_lookup";

    /// <inheritdoc />
    public override string Title => "Disallow deprecated `lookup()` function with only 2 arguments";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "deprecations", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "`lookup(map, key)` with two arguments is deprecated: it is `map[key]` written the long way, and it fails the "
        + "same way when the key is missing. Keep `lookup` for its three-argument form, which has a default. Reported "
        + "at the call (`recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "locals {\n  ami = lookup(var.amis, var.region)\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "locals {\n  ami      = var.amis[var.region]\n  ami_type = lookup(var.ami_types, var.region, \"hvm\")\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var expression in HclExpressions.All(file.Body))
        {
            if (expression is HclFunctionCallExpression { Name: "lookup", Arguments.Count: 2 } call)
            {
                Report(context, call.Range, "Lookup with 2 arguments is deprecated");
            }
        }
    }
}
