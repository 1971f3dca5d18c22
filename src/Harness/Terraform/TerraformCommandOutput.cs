using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>What one Terraform command printed and returned, its diagnostics already read.</summary>
internal sealed record TerraformCommandOutput(
    string Command,
    int ExitCode,
    string Stdout,
    IReadOnlyList<JsonElement> Messages,
    IReadOnlyList<TerraformDiagnostic> Diagnostics,
    string OtherOutput)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The failure as an exception: each diagnostic at its position, then the rest of the output.</summary>
    public TerraformException ToException() => new(Command, ExitCode, Diagnostics, OtherOutput);
}
