namespace IacTest.Lint.Hcl;

/// <summary>
/// Parses HCL native syntax (<c>.tf</c>, <c>.tfvars</c>, <c>.hcl</c>) into a body of arguments and blocks with exact
/// ranges. It never throws on bad input: it reports HCL's own diagnostics and recovers at the next argument or block,
/// so one mistake does not hide the rest of the file.
/// </summary>
public static class HclParser
{
    /// <summary>
    /// How deeply expressions, blocks and template directives may nest. Real configurations stay far below it; deeper
    /// input is reported as an error instead of exhausting the stack (64 levels fit in well under 1 MB of stack).
    /// </summary>
    public const int MaxNesting = 64;

    /// <summary>Parses a whole configuration file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The name used in messages.</param>
    public static HclFile ParseConfig(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var tokens = HclLexer.Scan(text);
        var diagnostics = LexicalChecks.Check(tokens).ToList();
        var parser = new NativeParser(tokens, fileName);
        var body = parser.ParseBody(HclTokenKind.EndOfFile);
        diagnostics.AddRange(parser.Diagnostics);
        return new HclFile(fileName, text, body, diagnostics, tokens);
    }
}
