using System.Text;

namespace IacTest.Harness.Terraform;

/// <summary>
/// One diagnostic from Terraform's <c>-json</c> output (a failed variable validation, an invalid reference, a failed
/// test assertion …), with its position when Terraform gives one.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Summary">The one-line summary, e.g. <c>Invalid value for variable</c>.</param>
/// <param name="Detail">The explanation (the validation's error message, …), secrets masked; may be empty.</param>
/// <param name="Range">Where it points, or null for a diagnostic about no file (a missing provider, …).</param>
public sealed record TerraformDiagnostic(TerraformDiagnosticSeverity Severity, string Summary, string Detail, TerraformSourceRange? Range)
{
    /// <summary>
    /// The code line Terraform quoted (its <c>snippet.code</c>), or null. Like the summary and detail, masked of every
    /// secret known when the diagnostic was read.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The run block of a <c>terraform test</c> file the diagnostic belongs to, or null.</summary>
    public string? TestRun { get; init; }

    /// <summary><c>file:line:column: error: summary: detail</c>, one diagnostic on one paragraph.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Range is not null)
        {
            builder.Append(Range).Append(": ");
        }

        builder.Append(Severity == TerraformDiagnosticSeverity.Error ? "error: " : "warning: ").Append(Summary);
        if (Detail.Length > 0)
        {
            builder.Append(": ").Append(Detail.Trim());
        }

        if (Code is { Length: > 0 })
        {
            builder.Append("\n    ").Append(Code.Trim());
        }

        return builder.ToString();
    }
}
