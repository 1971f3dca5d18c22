namespace IacTest.Lint.Hcl;

/// <summary>
/// A place in an HCL source file as HashiCorp's parser counts it: 1-based line, 1-based column counted in
/// grapheme clusters (so "é" written as two code points is one column), and the 0-based UTF-8 byte offset.
/// </summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in grapheme clusters.</param>
/// <param name="Byte">0-based offset in the UTF-8 bytes of the file.</param>
public readonly record struct HclPosition(int Line, int Column, int Byte)
{
    /// <summary>The start of a file.</summary>
    public static HclPosition Start => new(1, 1, 0);

    /// <inheritdoc/>
    public override string ToString() => $"{Line},{Column}";
}
