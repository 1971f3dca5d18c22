namespace IacTest.Harness.Goss;

/// <summary>A problem in a goss file, with its position (1-based line and column).</summary>
/// <param name="File">The goss file.</param>
/// <param name="Line">Line.</param>
/// <param name="Column">Column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record GossDiagnostic(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
