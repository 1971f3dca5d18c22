using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>A <c>module</c> block: a call of another module.</summary>
/// <param name="Name">The call's name.</param>
/// <param name="Source">The <c>source</c>, when a literal string.</param>
/// <param name="Version">The <c>version</c> constraint, when a literal string.</param>
/// <param name="Inputs">The arguments passed to the module (meta-arguments left out).</param>
/// <param name="Location">Where the block is.</param>
/// <param name="Block">The block itself.</param>
public sealed record TerraformModuleCall(string Name, string? Source, string? Version, IReadOnlyList<HclAttribute> Inputs, TerraformLocation Location, HclBlock Block)
{
    /// <summary>Whether the source is a local path (<c>./</c> or <c>../</c>), which needs no version.</summary>
    public bool IsLocal => Source is not null && (Source.StartsWith("./", StringComparison.Ordinal) || Source.StartsWith("../", StringComparison.Ordinal));
}
