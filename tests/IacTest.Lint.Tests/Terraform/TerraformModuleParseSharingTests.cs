using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Files;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// A module-level rule reads every file of the checked file's folder; each of those files is parsed once per run: the
/// module view uses the checked file's own parse and hands the parses of the others to their own lint.
/// </summary>
public sealed class TerraformModuleParseSharingTests
{
    private const string Variables = "variable \"region\" {\n  type = string\n}\n";
    private const string Outputs = "output \"region\" {\n  value = var.region\n}\n";

    [Fact]
    public void The_module_view_and_each_files_own_lint_share_one_parse()
    {
        // Given: a module of three files, its first file read from disk as the engine reads it.
        using var module = new TerraformModuleFolder(("main.tf", "locals {\n  name = \"web\"\n}\n"), ("outputs.tf", Outputs), ("variables.tf", Variables));
        var main = Read(module, "main.tf");

        // When: the module view of the first file is built, then the other files are read for their own lint.
        var view = TerraformModuleFiles.Of(main).Module;
        var outputs = Read(module, "outputs.tf");
        var variables = Read(module, "variables.tf");

        // Then: one parse per file, the same in the view and in the file's lint; the view is the folder's, shared.
        Assert.Equal(["main.tf", "outputs.tf", "variables.tf"], view.Files.Select(f => f.Name));
        Assert.Same(main.Hcl, view.Files[0].Hcl);
        Assert.Same(outputs.Hcl, view.Files[1].Hcl);
        Assert.Same(variables.Hcl, view.Files[2].Hcl);
        Assert.Same(view, TerraformModuleFiles.Of(variables).Module);
    }

    [Fact]
    public void A_file_whose_text_is_not_what_the_module_read_gets_a_parse_of_its_own()
    {
        // Given: the module view built from the disk, then a buffer of one file with other text.
        using var module = new TerraformModuleFolder(("main.tf", "locals {\n  name = \"web\"\n}\n"), ("variables.tf", Variables));
        var view = TerraformModuleFiles.Of(Read(module, "main.tf")).Module;
        var edited = new LintFile(SourceText.FromText(Path.Combine(module.Path, "variables.tf"), Variables + "variable \"zone\" {}\n"));

        // Then: the buffer's parse is of its own text, and its module has that text in place of the file on disk.
        Assert.NotSame(view.Files[1].Hcl, edited.Hcl);
        Assert.Equal(2, edited.Hcl!.Body.Blocks.Count);
        Assert.Equal(2, TerraformModuleFiles.Of(edited).Module.Files[1].Hcl.Body.Blocks.Count);
    }

    [Fact]
    public void A_parse_is_handed_over_only_under_the_name_it_was_made_with()
    {
        // Given: the module read through one path to its folder; a sibling then linted under another path to it.
        using var module = new TerraformModuleFolder(("main.tf", "locals {\n  name = \"web\"\n}\n"), ("variables.tf", Variables));
        var view = TerraformModuleFiles.Of(Read(module, "main.tf")).Module;
        var otherName = Path.Combine(module.Path, ".", "variables.tf");
        var sibling = new LintFile(SourceText.FromText(otherName, Variables));

        // Then: HCL's messages name the file as given, so the sibling is parsed under its own name.
        Assert.NotSame(view.Files[1].Hcl, sibling.Hcl);
        Assert.Equal(otherName, sibling.Hcl!.FileName);
    }

    private static LintFile Read(TerraformModuleFolder module, string name) => new(SourceText.Read(Path.Combine(module.Path, name)));
}
