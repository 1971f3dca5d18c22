namespace IacTest.Lint.Hcl;

/// <summary>
/// A syntax error in HCL source, worded and positioned as HashiCorp's parser words and positions it, so a message a
/// user already knows from <c>terraform validate</c> reads the same here.
/// </summary>
/// <param name="Summary">The short title, for example "Invalid expression".</param>
/// <param name="Detail">The explanation that follows the title.</param>
/// <param name="Subject">The source the error is about.</param>
/// <param name="Context">A wider span around the subject, when HCL gives one.</param>
public sealed record HclDiagnostic(string Summary, string Detail, HclRange Subject, HclRange? Context = null)
{
    /// <summary>Formats as HCL prints a diagnostic: <c>file:2,10-3,1: Summary; Detail</c>.</summary>
    public string Format(string fileName) => $"{fileName}:{Subject}: {Summary}; {Detail}";

    /// <inheritdoc/>
    public override string ToString() => $"{Subject}: {Summary}; {Detail}";
}
