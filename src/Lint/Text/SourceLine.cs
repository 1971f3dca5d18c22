namespace IacTest.Lint.Text;

/// <summary>One line of a source file, as offsets into <see cref="SourceText.Text"/>.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character, excluding <c>\n</c> but including a <c>\r</c> before it.</param>
/// <param name="HasNewline">Whether a <c>\n</c> ends the line (false only for a last line without one).</param>
public readonly record struct SourceLine(int Number, int Start, int End, bool HasNewline)
{
    /// <summary>Offset just past the content, excluding a trailing <c>\r</c>.</summary>
    public int ContentEnd(string text) => End > Start && text[End - 1] == '\r' ? End - 1 : End;
}
