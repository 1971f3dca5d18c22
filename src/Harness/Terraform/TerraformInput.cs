using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>One input variable source of a working copy, kept in the order given: Terraform lets a later one win.</summary>
internal abstract record TerraformInput
{
    /// <summary>A <c>-var name=value</c> argument (the value already in Terraform's syntax).</summary>
    public sealed record Variable(string Name, string Text) : TerraformInput;

    /// <summary>A value that must not appear on a command line; written to an owner-only variables file.</summary>
    public sealed record SecretVariable(string Name, SecretValue Value) : TerraformInput;

    /// <summary>A <c>-var-file</c> (<c>.tfvars</c> or <c>.tfvars.json</c>), by full path.</summary>
    public sealed record VariablesFile(string Path) : TerraformInput;
}
