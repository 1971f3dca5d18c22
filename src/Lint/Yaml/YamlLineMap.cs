namespace IacTest.Lint.Yaml;

/// <summary>
/// The line starts of a parsed text, at YAML's line breaks as the scanner counts them (<c>\r\n</c>, <c>\r</c>,
/// <c>\n</c>, NEL, LS, PS): a node keeps only its offsets and its line and column are found here when read. Three ints
/// per position on every node of a big file were a fifth of its tree.
/// </summary>
internal sealed class YamlLineMap : NodeOrigin
{
    private readonly int[] _starts;

    // The line of the last lookup: nodes are built and mostly read in source order, so the next offset is usually on
    // the same line or the next. A stale value read by another thread is still a valid line index, only a worse guess.
    private int _lastLine;

    public YamlLineMap(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(LineBreaks); i >= 0; i = NextBreak(span, i + 1))
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        _starts = [.. starts];
        Text = text;
    }

    /// <summary>The text, which plain scalars' values are cut from when read.</summary>
    public string Text { get; }

    internal override YamlLineMap Lines => this;

    private const string LineBreaks = "\r\n\u0085\u2028\u2029";

    private static int NextBreak(ReadOnlySpan<char> span, int from)
    {
        var at = span[from..].IndexOfAny(LineBreaks);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (0 to the text's length).</summary>
    public Position PositionAt(int offset)
    {
        var line = _lastLine;
        if (!IsOnLine(line, offset))
        {
            line = IsOnLine(line + 1, offset) ? line + 1 : LineIndexOf(offset);
            _lastLine = line;
        }

        return new Position(line + 1, offset - _starts[line] + 1, offset);
    }

    private bool IsOnLine(int line, int offset) =>
        line < _starts.Length && _starts[line] <= offset && (line + 1 == _starts.Length || _starts[line + 1] > offset);

    private int LineIndexOf(int offset)
    {
        var found = Array.BinarySearch(_starts, offset);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }
}
