namespace IacTest.Harness.Modules;

/// <summary>Where a model node comes from: a file and a 1-based line and column.</summary>
/// <param name="File">The full path of the file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The usual <c>file:line:column</c> form, which editors and CI logs turn into links.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
