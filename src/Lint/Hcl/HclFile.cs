using System.Text;

namespace IacTest.Lint.Hcl;

/// <summary>A parsed HCL file: its body, its syntax errors (empty when valid) and the source to cut ranges from.</summary>
public sealed class HclFile
{
    private readonly byte[] _utf8;

    internal HclFile(string fileName, string text, HclBody body, IReadOnlyList<HclDiagnostic> diagnostics, IReadOnlyList<HclToken> tokens)
    {
        FileName = fileName;
        Text = text;
        Body = body;
        Diagnostics = diagnostics;
        Tokens = tokens;
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The name the file was parsed under (used in messages).</summary>
    public string FileName { get; }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The top-level body; partial when there are errors.</summary>
    public HclBody Body { get; }

    /// <summary>The syntax errors, in the order HCL finds them.</summary>
    public IReadOnlyList<HclDiagnostic> Diagnostics { get; }

    /// <summary>Every token, comments included (native syntax only; empty for JSON).</summary>
    public IReadOnlyList<HclToken> Tokens { get; }

    /// <summary>Whether the file parsed without errors.</summary>
    public bool IsValid => Diagnostics.Count == 0;

    /// <summary>The source text of <paramref name="range"/>.</summary>
    public string SourceOf(HclRange range)
    {
        var start = Math.Clamp(range.Start.Byte, 0, _utf8.Length);
        var end = Math.Clamp(range.End.Byte, start, _utf8.Length);
        return Encoding.UTF8.GetString(_utf8, start, end - start);
    }
}
