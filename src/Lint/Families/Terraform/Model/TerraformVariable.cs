using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>A <c>variable</c> block: a module input.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Type">The type constraint, when declared.</param>
/// <param name="TypeText">The type constraint as written (<c>map(string)</c>), when declared.</param>
/// <param name="Default">The default value, when declared (a variable without one is required).</param>
/// <param name="Description">The description, when a literal string.</param>
/// <param name="Sensitive">The <c>sensitive</c> flag, when a literal.</param>
/// <param name="Nullable">The <c>nullable</c> flag, when a literal.</param>
/// <param name="Validations">The <c>validation</c> blocks.</param>
/// <param name="Location">Where the block is.</param>
/// <param name="Block">The block itself.</param>
public sealed record TerraformVariable(
    string Name, HclExpression? Type, string? TypeText, HclExpression? Default, string? Description, bool? Sensitive, bool? Nullable,
    IReadOnlyList<TerraformValidation> Validations, TerraformLocation Location, HclBlock Block)
{
    /// <summary>Whether a caller must set it (it has no default).</summary>
    public bool IsRequired => Default is null;
}
