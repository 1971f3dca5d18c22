namespace IacTest.Harness.Terraform;

/// <summary>One <c>run</c> block of a <c>.tftest.hcl</c> file and its outcome.</summary>
/// <param name="File">The test file, relative to the module (<c>tests/main.tftest.hcl</c>).</param>
/// <param name="Name">The run block's name.</param>
/// <param name="Status">Its outcome.</param>
/// <param name="Diagnostics">What Terraform reported for it: failed assertions, errors, each with its position.</param>
public sealed record TerraformTestRun(string File, string Name, TerraformTestStatus Status, IReadOnlyList<TerraformDiagnostic> Diagnostics)
{
    /// <summary><c>file run "name": status</c>, then the diagnostics.</summary>
    public override string ToString() =>
        $"{File} run \"{Name}\": {Status.ToString().ToLowerInvariant()}" + string.Concat(Diagnostics.Select(d => "\n  " + d.ToString().Replace("\n", "\n  ", StringComparison.Ordinal)));
}
