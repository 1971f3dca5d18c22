using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_empty_list_equality</c>: a comparison with <c>[]</c>, which is never true for a list.</summary>
internal sealed class EmptyListEqualityRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0706";

    /// <inheritdoc />
    public override string Name => "terraform_empty_list_equality";

    /// <inheritdoc />
    public override string Title => "Disallow comparisons with `[]` when checking if a collection is empty";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "correctness", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "`[]` is an empty tuple, and a list is never equal to a tuple, so `var.zones == []` is false even for an empty "
        + "list. Compare `length(...)` with 0 instead. Reported at the comparison, whichever side the `[]` is on "
        + "(`recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "variable \"zones\" {\n  type = list(string)\n}\n\nresource \"aws_subnet\" \"private\" {\n  count = var.zones == [] ? 0 : 1\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "variable \"zones\" {\n  type = list(string)\n}\n\nresource \"aws_subnet\" \"private\" {\n  count = length(var.zones) == 0 ? 0 : 1\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var expression in HclExpressions.All(file.Body))
        {
            // tflint looks at every operator whose result is a boolean, on either side.
            if (expression is HclBinaryExpression binary && IsBoolean(binary.Operator) && (IsEmptyTuple(binary.Left) || IsEmptyTuple(binary.Right)))
            {
                Report(context, binary.Range, "Comparing a collection with an empty list is invalid. To detect an empty collection, check its length.");
            }
        }
    }

    private static bool IsEmptyTuple(HclExpression expression) => expression is HclTupleExpression { Items.Count: 0 };

    private static bool IsBoolean(HclBinaryOperator op) =>
        op is not (HclBinaryOperator.Add or HclBinaryOperator.Subtract or HclBinaryOperator.Multiply or HclBinaryOperator.Divide or HclBinaryOperator.Modulo);
}
