namespace IacTest.Harness.Terraform;

/// <summary>One <c>.tftest.hcl</c> file of a <c>terraform test</c> run.</summary>
/// <param name="Path">The file, relative to the module (<c>tests/main.tftest.hcl</c>).</param>
/// <param name="Status">Its outcome.</param>
/// <param name="Runs">Its run blocks in file order.</param>
public sealed record TerraformTestFile(string Path, TerraformTestStatus Status, IReadOnlyList<TerraformTestRun> Runs);
