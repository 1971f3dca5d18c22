
namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>Whether a resource block manages an object or reads one.</summary>
public enum TerraformResourceMode
{
    /// <summary>A <c>resource</c> block.</summary>
    Managed,
    /// <summary>A <c>data</c> block.</summary>
    Data,
}
