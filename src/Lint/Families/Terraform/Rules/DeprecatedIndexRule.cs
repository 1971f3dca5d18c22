using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_deprecated_index</c>: the legacy dot index <c>list.0</c> and legacy splat <c>list.*.id</c>.</summary>
internal sealed class DeprecatedIndexRule : TerraformRule
{
    private const string Message = "List items should be accessed using square brackets";

    /// <inheritdoc />
    public override string Code => "IAC0708";

    /// <inheritdoc />
    public override string Name => "terraform_deprecated_index";

    /// <inheritdoc />
    public override string Title => "Disallow legacy dot index syntax";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "deprecations", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "Terraform 0.11 indexed lists with a dot, `aws_subnet.private.0.id`, and splatted attributes with `.*`; both are "
        + "kept only for compatibility and no longer documented. Write `aws_subnet.private[0].id` and "
        + "`aws_subnet.private[*].id`. Reported at each `.0` step and each `.*` marker, as tflint does (`recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "output \"first_subnet\" {\n  value = aws_subnet.private.0.id\n}\n\noutput \"subnets\" {\n  value = aws_subnet.private.*.id\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "output \"first_subnet\" {\n  value = aws_subnet.private[0].id\n}\n\noutput \"subnets\" {\n  value = aws_subnet.private[*].id\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var expression in HclExpressions.All(file.Body))
        {
            var steps = expression switch
            {
                HclScopeTraversalExpression scope => scope.Steps,
                HclRelativeTraversalExpression relative => relative.Steps,
                _ => [],
            };
            foreach (var step in steps)
            {
                if (step.IsLegacyIndex)
                {
                    Report(context, step.Range, Message);
                }
            }

            if (expression is HclSplatExpression { AttributeOnly: true } splat)
            {
                Report(context, splat.MarkerRange, Message);
            }
        }
    }
}
