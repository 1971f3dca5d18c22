using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The entries of a module's <c>required_providers</c>: as in tflint, each <c>terraform { required_providers {} }</c>
/// block replaces the entries of the ones before it (files in name order), so the last block is the one read.
/// </summary>
internal static class RequiredProvidersBlock
{
    /// <summary>The entries of the last <c>required_providers</c> block, with the file each is in.</summary>
    public static IReadOnlyList<(TerraformModuleFile File, HclAttribute Entry)> Of(IReadOnlyList<TerraformModuleFile> module)
    {
        IReadOnlyList<(TerraformModuleFile, HclAttribute)> entries = [];
        foreach (var file in module)
        {
            foreach (var terraform in file.Hcl.Body.BlocksOfType("terraform"))
            {
                foreach (var required in terraform.Body.BlocksOfType("required_providers"))
                {
                    entries = required.Body.Attributes.Select(a => (file, a)).ToArray();
                }
            }
        }

        return entries;
    }
}
