using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>An <c>output</c> block: a module result.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Value">The value expression.</param>
/// <param name="Description">The description, when a literal string.</param>
/// <param name="Sensitive">The <c>sensitive</c> flag, when a literal.</param>
/// <param name="Location">Where the block is.</param>
/// <param name="Block">The block itself.</param>
public sealed record TerraformOutput(string Name, HclExpression? Value, string? Description, bool? Sensitive, TerraformLocation Location, HclBlock Block);
