using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>A <c>resource</c> or <c>data</c> block.</summary>
/// <param name="Mode">Managed or data.</param>
/// <param name="Type">The resource type (<c>aws_instance</c>).</param>
/// <param name="Name">The resource name.</param>
/// <param name="Count">The <c>count</c> expression, when set.</param>
/// <param name="ForEach">The <c>for_each</c> expression, when set.</param>
/// <param name="Provider">The <c>provider</c> reference as written, when set.</param>
/// <param name="Location">Where the block is.</param>
/// <param name="Block">The block itself.</param>
public sealed record TerraformResource(
    TerraformResourceMode Mode, string Type, string Name, HclExpression? Count, HclExpression? ForEach, string? Provider, TerraformLocation Location, HclBlock Block)
{
    /// <summary>The address inside the module: <c>aws_instance.web</c> or <c>data.aws_ami.ubuntu</c>.</summary>
    public string Address => Mode == TerraformResourceMode.Data ? $"data.{Type}.{Name}" : $"{Type}.{Name}";

    /// <summary>The provider's local name: the one set, or the type's prefix before the first underscore.</summary>
    public string ProviderName => Provider?.Split('.')[0] ?? Type.Split('_')[0];
}
