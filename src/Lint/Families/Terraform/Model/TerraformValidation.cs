using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>A <c>validation</c> block of a variable.</summary>
/// <param name="Condition">The condition that must hold.</param>
/// <param name="ErrorMessage">The message when it does not.</param>
/// <param name="Location">Where the block is.</param>
public sealed record TerraformValidation(HclExpression? Condition, HclExpression? ErrorMessage, TerraformLocation Location);
