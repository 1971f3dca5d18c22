namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>The files of a module as a module-level rule sees them.</summary>
/// <param name="Files">The configuration files, in name order, the checked file among them.</param>
/// <param name="ReadFromFolder">
/// Whether the files come from a folder on disk; false for text linted alone (a rule's example, an editor buffer),
/// where checks about which files a module has (<c>main.tf</c>, <c>variables.tf</c>) have no folder to look at.
/// </param>
internal sealed record TerraformModuleView(IReadOnlyList<TerraformModuleFile> Files, bool ReadFromFolder);
