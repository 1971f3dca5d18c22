using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_deprecated_interpolation</c>: a string that is nothing but one interpolation.</summary>
internal sealed class DeprecatedInterpolationRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0701";

    /// <inheritdoc />
    public override string Name => "terraform_deprecated_interpolation";

    /// <inheritdoc />
    public override string Title => "Disallow deprecated (0.11-style) interpolation";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "deprecations", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "A quoted string that holds only one interpolation, `\"${var.type}\"`, is Terraform 0.11's way to use a value. "
        + "Since Terraform 0.12.14 it is deprecated: write the expression itself. Templates that mix text and "
        + "interpolations, or hold several, are not affected. Reported at the string, in every expression of the file, "
        + "as tflint does (`recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "resource \"aws_instance\" \"web\" {\n  instance_type = \"${var.instance_type}\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "resource \"aws_instance\" \"web\" {\n  instance_type = var.instance_type\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var expression in HclExpressions.All(file.Body))
        {
            if (expression is HclTemplateWrapExpression)
            {
                Report(context, expression.Range, "Interpolation-only expressions are deprecated in Terraform v0.12.14");
            }
        }
    }
}
