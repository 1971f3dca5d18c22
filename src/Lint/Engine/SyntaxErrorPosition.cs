using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Engine;

/// <summary>
/// Keeps a syntax error inside its file. At the end of a file without a final line break the parser marks a line
/// past the last; yamllint (PyYAML) marks the end of the last line, and so does this.
/// </summary>
internal static class SyntaxErrorPosition
{
    public static (int Line, int Column) Within(SourceText source, Position position)
    {
        // Lines split on \n only are never more than the scanner's lines: below their count nothing can be past the end.
        if (position.Line <= source.Lines.Count)
        {
            return (Math.Max(1, position.Line), Math.Max(1, position.Column));
        }

        var (lastLine, lastColumn) = End(source.Text);
        return position.Line > lastLine ? (lastLine, lastColumn) : (position.Line, Math.Max(1, position.Column));
    }

    /// <summary>The line and column just past the last character, counting lines as the YAML scanner does.</summary>
    private static (int Line, int Column) End(string text)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (c != '\r' && !char.IsLowSurrogate(c))
            {
                // Columns count characters as yamllint does: a surrogate pair is one.
                column++;
            }
        }

        return (line, column);
    }
}
