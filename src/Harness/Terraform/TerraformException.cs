using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// A Terraform command failed. The message names the command, then each diagnostic at its <c>file:line:column</c>
/// (mapped back to the module under test), then what the command printed outside its JSON stream; every secret the
/// harness knows of is masked.
/// </summary>
public sealed class TerraformException : Exception
{
    /// <summary>Creates the exception for a failed command.</summary>
    /// <param name="command">The subcommand, e.g. <c>plan</c>.</param>
    /// <param name="exitCode">Its exit code.</param>
    /// <param name="diagnostics">The diagnostics it reported.</param>
    /// <param name="otherOutput">What it printed that was not a diagnostic (stderr, non-JSON lines); may be empty.</param>
    public TerraformException(string command, int exitCode, IReadOnlyList<TerraformDiagnostic> diagnostics, string otherOutput)
        : base(SecretMasker.Shared.Mask(Describe(command, exitCode, diagnostics, otherOutput)))
    {
        Command = command;
        ExitCode = exitCode;
        Diagnostics = diagnostics;
    }

    /// <summary>The subcommand that failed, e.g. <c>apply</c>.</summary>
    public string Command { get; }

    /// <summary>Its exit code.</summary>
    public int ExitCode { get; }

    /// <summary>Every diagnostic it reported, errors and warnings.</summary>
    public IReadOnlyList<TerraformDiagnostic> Diagnostics { get; }

    /// <summary>The error diagnostics only.</summary>
    public IEnumerable<TerraformDiagnostic> Errors => Diagnostics.Where(d => d.Severity == TerraformDiagnosticSeverity.Error);

    private static string Describe(string command, int exitCode, IReadOnlyList<TerraformDiagnostic> diagnostics, string otherOutput)
    {
        var builder = new StringBuilder();
        var errors = diagnostics.Count(d => d.Severity == TerraformDiagnosticSeverity.Error);
        builder.Append("terraform ").Append(command).Append(" failed (exit code ").Append(exitCode).Append(", ")
            .Append(errors).Append(errors == 1 ? " error" : " errors").Append(").\n");
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity))
        {
            builder.Append(diagnostic).Append('\n');
        }

        if (otherOutput.Trim() is { Length: > 0 } other)
        {
            builder.Append("--- output ---\n").Append(other).Append('\n');
        }

        return builder.ToString();
    }
}
