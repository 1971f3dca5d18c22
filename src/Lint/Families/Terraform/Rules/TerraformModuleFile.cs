using IacTest.Lint.Files;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>One configuration file of a module, as a module-level rule sees it.</summary>
/// <param name="Path">The file's path (full when read from disk, as given for text linted alone).</param>
/// <param name="FullPath">The full path findings are matched to the checked file by.</param>
/// <param name="Hcl">Its parsed HCL.</param>
internal sealed record TerraformModuleFile(string Path, string FullPath, HclFile Hcl)
{
    /// <summary>The file name without its folder, as tflint names a module's files in messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Whether the file is HCL's JSON form.</summary>
    public bool IsJson => SourceLanguages.IsHclJson(Path);

    /// <summary>Where tflint reports a block of this file: its type and labels, or the brace that opens a JSON block's body.</summary>
    public HclRange DefinitionRange(HclBlock block) => IsJson ? block.OpenBraceRange : block.DefinitionRange;
}
