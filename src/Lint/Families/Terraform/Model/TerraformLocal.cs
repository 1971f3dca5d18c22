using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>One named value of a <c>locals</c> block.</summary>
/// <param name="Name">The local's name.</param>
/// <param name="Value">Its expression.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record TerraformLocal(string Name, HclExpression Value, TerraformLocation Location);
