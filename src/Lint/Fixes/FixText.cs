using IacTest.Lint.Yaml;

namespace IacTest.Lint.Fixes;

/// <summary>
/// A file's text as the fixes of one round see it: findings name 1-based lines and columns counted in characters
/// (code points), fixes edit character offsets. Lines end at <c>\n</c>, as yamllint's do.
/// </summary>
internal sealed class FixText
{
    private readonly List<int> _lineStarts = [0];
    private (IReadOnlyList<YDocument> Documents, YamlSyntaxError? Error)? _parsed;

    public FixText(string text)
    {
        Text = text;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Lines, the last one counted even when empty (the text after the last line break).</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The line break the file uses: that of its first line, <c>\n</c> when it has none.</summary>
    public string LineBreak
    {
        get
        {
            var first = Text.IndexOf('\n');
            return first > 0 && Text[first - 1] == '\r' ? "\r\n" : "\n";
        }
    }

    /// <summary>The file's YAML documents, parsed once per round on first use; null when the text does not parse.</summary>
    public IReadOnlyList<YDocument>? Documents => (_parsed ??= YamlTree.Parse(Text)) is { Error: null } parsed ? parsed.Documents : null;

    /// <summary>The offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The offset of the line's <c>\n</c>, or the text's end on the last line.</summary>
    public int LineEnd(int line) => line < _lineStarts.Count ? _lineStarts[line] - 1 : Text.Length;

    /// <summary>The offset where the line's content ends: at its line break, or at the <c>\r</c> of a <c>\r\n</c>.</summary>
    public int ContentEnd(int line)
    {
        var end = LineEnd(line);
        return end > LineStart(line) && end < Text.Length && Text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>The line's content without its line break (a <c>\r</c> before the <c>\n</c> included).</summary>
    public string LineContent(int line) => Text[LineStart(line)..ContentEnd(line)];

    /// <summary>Whether the 1-based line exists.</summary>
    public bool HasLine(int line) => line >= 1 && line <= _lineStarts.Count;

    /// <summary>
    /// The offset of a 1-based line and column (code points: a surrogate pair is one column); null when the position
    /// is not inside the line or at its end.
    /// </summary>
    public int? Offset(int line, int column)
    {
        if (!HasLine(line) || column < 1)
        {
            return null;
        }

        var offset = LineStart(line);
        var end = LineEnd(line);
        for (var step = 1; step < column; step++)
        {
            if (offset >= end)
            {
                return null;
            }

            offset += char.IsHighSurrogate(Text[offset]) && offset + 1 < end ? 2 : 1;
        }

        return offset;
    }

    /// <summary>Spaces at the start of the line.</summary>
    public int Indentation(int line)
    {
        var start = LineStart(line);
        var end = LineEnd(line);
        var position = start;
        while (position < end && Text[position] == ' ')
        {
            position++;
        }

        return position - start;
    }

    /// <summary>Whether the 1-based position is inside a flow collection (<c>[…]</c>, <c>{…}</c>) of the parsed text.</summary>
    public bool InFlow(int line, int column) =>
        Documents?.Where(d => d.Root is not null)
            .SelectMany(d => d.Root!.DescendantsAndSelf())
            .Any(n => n is YMapping { IsFlow: true } or YSequence { IsFlow: true } && Before((n.Start.Line, n.Start.Column), (line, column)) && Before((line, column), (n.End.Line, n.End.Column))) ?? true;

    private static bool Before((int Line, int Column) a, (int Line, int Column) b) => a.Line < b.Line || (a.Line == b.Line && a.Column <= b.Column);

    /// <summary>The scalar that starts at the 1-based position, if the text parses and one does.</summary>
    public YScalar? ScalarAt(int line, int column) =>
        Documents?.Where(d => d.Root is not null)
            .SelectMany(d => d.Root!.DescendantsAndSelf())
            .OfType<YScalar>()
            .FirstOrDefault(s => s.Start.Line == line && s.Start.Column == column);
}
