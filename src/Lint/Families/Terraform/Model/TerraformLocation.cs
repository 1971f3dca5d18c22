using IacTest.Lint.Hcl;


namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>Where a declaration is: its file and the range a finding about it points at (type and labels).</summary>
/// <param name="FileName">The file's path.</param>
/// <param name="Range">The declaration's range in that file.</param>
public sealed record TerraformLocation(string FileName, HclRange Range)
{
    /// <inheritdoc/>
    public override string ToString() => $"{FileName}:{Range}";
}
