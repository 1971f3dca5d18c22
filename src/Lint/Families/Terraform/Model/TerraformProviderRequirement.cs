
namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>One entry of <c>terraform { required_providers { ... } }</c>.</summary>
/// <param name="LocalName">The name the module uses for the provider (<c>aws</c>).</param>
/// <param name="Source">The source address (<c>hashicorp/aws</c>), when given.</param>
/// <param name="Version">The version constraint, when given.</param>
/// <param name="Location">Where the entry is.</param>
public sealed record TerraformProviderRequirement(string LocalName, string? Source, string? Version, TerraformLocation Location);
