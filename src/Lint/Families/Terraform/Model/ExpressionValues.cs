using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>Constant values of expressions, for the arguments a module declares with literals (source, version, type...).</summary>
internal static class ExpressionValues
{
    /// <summary>The text of a literal string (a template without interpolation), or null.</summary>
    public static string? AsString(HclExpression? expression) => expression switch
    {
        HclTemplateExpression template => template.LiteralValue,
        HclLiteralExpression { Kind: HclLiteralKind.String } literal => literal.Value,
        _ => null,
    };

    /// <summary>The value of a literal <c>true</c> or <c>false</c>, or null.</summary>
    public static bool? AsBoolean(HclExpression? expression) => expression is HclLiteralExpression { Kind: HclLiteralKind.Boolean } literal
        ? literal.Value == "true"
        : null;

    /// <summary>The item with the constant key <paramref name="key"/> of an object constructor, or null.</summary>
    public static HclExpression? Item(HclExpression? expression, string key) =>
        expression is HclObjectExpression obj ? obj.Items.FirstOrDefault(i => i.Key.ConstantName == key)?.Value : null;
}
