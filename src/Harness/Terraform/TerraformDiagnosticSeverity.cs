namespace IacTest.Harness.Terraform;

/// <summary>How serious a Terraform diagnostic is.</summary>
public enum TerraformDiagnosticSeverity
{
    /// <summary>The command failed because of it.</summary>
    Error,

    /// <summary>Reported, but the command went on.</summary>
    Warning,
}
