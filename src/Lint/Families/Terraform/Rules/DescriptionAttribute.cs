using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>Whether a block documents itself, as tflint's documented-variables and -outputs rules decide it.</summary>
internal static class DescriptionAttribute
{
    /// <summary>
    /// True when the block has a <c>description</c> that is not the empty string; tflint evaluates it, and a literal
    /// <c>""</c> is the only value a description can have without naming anything.
    /// </summary>
    public static bool IsPresent(HclBlock block) =>
        block.Body.Attribute("description") is { } description
        && !(description.Expression is HclTemplateExpression { LiteralValue: "" }
             || description.Expression is HclLiteralExpression { Kind: HclLiteralKind.String, Value: "" });
}
