using System.Buffers;
using IacTest.Lint.Files;
using IacTest.Lint.Yaml;
using YamlDotNet.Core;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// A file seen the way yamllint sees it: scanner tokens with PyYAML-compatible marks, the comments between them
/// and the lines. Built once per file and shared by every yamllint rule (it is immutable, so threads may share it).
/// </summary>
internal sealed class YamlLintStream
{
    // The breaks PyYAML counts as a new line (a \r only when no \n follows it).
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private readonly int[] _lineStarts;

    // False when the text holds a surrogate pair or a U+FEFF: then a PyYAML column is not the offset from the line
    // start (it counts code points and skips U+FEFF), and each token's columns are kept in the table.
    private readonly bool _columnsAreOffsets;
    private readonly bool _hasSurrogates;

    // yamllint decodes a file without removing its byte order mark: its first line holds one more character than
    // the text here (which starts after the mark), and the columns it counts on that line by characters are one more.
    private readonly bool _leadingByteOrderMark;
    private List<StreamComment>? _comments;

    // The token table: the parse's compact tokens as they are, and the PyYAML line (and, when they are not offsets,
    // the column) of both ends of each, in parallel arrays. No object, header or reference per token.
    private readonly ScannedTokens _tokens;
    private readonly int _count;
    private readonly int[] _startLines;
    private readonly int[] _endLines;
    private readonly int[]? _startColumns;
    private readonly int[]? _endColumns;

    private YamlLintStream(string text, YamlParse parse, bool leadingByteOrderMark)
    {
        Text = text;
        _leadingByteOrderMark = leadingByteOrderMark;
        _hasSurrogates = HasSurrogates(text);
        _columnsAreOffsets = !_hasSurrogates && text.AsSpan().IndexOf('\uFEFF') < 0;
        _lineStarts = PyYamlLineStarts(text);

        // Scanned here when the parse deferred them (a big file, whose documents are let go first).
        _tokens = parse.Tokens;
        _count = CountBeforeError(_tokens);
        _startLines = new int[_count];
        _endLines = new int[_count];
        if (!_columnsAreOffsets)
        {
            _startColumns = new int[_count];
            _endColumns = new int[_count];
        }

        FillMarks();
        Tokens = new StreamTokens(this, _count);

        // yamllint reads two tokens ahead, so after a scanner error (an exception, or the error token YamlDotNet
        // emits) its rules see all but the last two tokens read.
        YieldedCount = _count < _tokens.Count || parse.ScanFailed ? Math.Max(0, _count - 2) : _count;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Whether a byte order mark stood before the text, which yamllint reads as a character of the first line.</summary>
    public bool HasLeadingByteOrderMark => _leadingByteOrderMark;

    /// <summary>Every token the scanner produced before any error.</summary>
    public StreamTokens Tokens { get; }

    /// <summary>
    /// How many tokens yamllint hands to its rules: all of them, or — after a scanner error — those whose two
    /// following tokens were read before the error (yamllint looks two tokens ahead).
    /// </summary>
    public int YieldedCount { get; }

    /// <summary>The comments yamllint finds, in order.</summary>
    public IReadOnlyList<StreamComment> Comments => _comments ??= FindComments();

    /// <summary>The stream of a file (cached per file).</summary>
    public static YamlLintStream Of(LintFile file) => file.View(LintFile.TokenStreamViewKey, static f => new YamlLintStream(f.Text, f.Parse, f.Source.HadByteOrderMark));

    /// <summary>The stream of a text (not cached).</summary>
    public static YamlLintStream Of(string text) => new(text, YamlTree.ParseWithTokens(text), false);

    /// <summary>The token at <paramref name="index"/>, or null outside the stream.</summary>
    public StreamToken? At(int index) => (uint)index < (uint)_count ? new StreamToken(this, index) : null;

    internal ScannedTokenKind KindOf(int index) => _tokens.KindAt(index);

    internal char StyleOf(int index) => _tokens.StyleAt(index);

    internal string ValueOf(int index) => _tokens.ValueAt(index) ?? string.Empty;

    internal StreamMark StartOf(int index)
    {
        var start = _tokens.StartAt(index);
        var line = _startLines[index];
        return new StreamMark(line, _startColumns is { } columns ? columns[index] : start - _lineStarts[line], start);
    }

    internal StreamMark EndOf(int index)
    {
        var end = _tokens.EndAt(index);
        var line = _endLines[index];
        return new StreamMark(line, _endColumns is { } columns ? columns[index] : end - _lineStarts[line], end);
    }

    /// <summary>The character at an offset, <c>'\0'</c> past the end (PyYAML's buffer ends with one).</summary>
    public char CharAt(int index) => index >= 0 && index < Text.Length ? Text[index] : '\0';

    /// <summary>The PyYAML mark of an offset.</summary>
    public StreamMark MarkAt(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = LineOf(index);
        return new StreamMark(line, MarkColumns(_lineStarts[line], index), index);
    }

    /// <summary>
    /// The line of an offset at or after the line <paramref name="line"/> starts, found by walking forward from it:
    /// tokens come in order, so the next mark is nearly always on the same line or a few lines on, and a binary
    /// search of every line start for both ends of every token was a twentieth of a run.
    /// </summary>
    private int LineFrom(int line, int index)
    {
        var starts = _lineStarts;
        if ((uint)line >= (uint)starts.Length || starts[line] > index)
        {
            return LineOf(index);
        }

        while (line + 1 < starts.Length && starts[line + 1] <= index)
        {
            line++;
        }

        return line;
    }

    private int LineOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>
    /// The number of characters yamllint counts in <c>[start, end)</c> (Python counts code points, .NET UTF-16 units;
    /// a U+FEFF counts). A token's column is PyYAML's mark instead, see <see cref="MarkColumns"/>.
    /// </summary>
    public int CodePoints(int start, int end)
    {
        var count = end - start;
        if (!_hasSurrogates)
        {
            return count;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLowSurrogate(Text[i]))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>
    /// The characters yamllint counts from the start of a line to <paramref name="end"/>: the columns of its
    /// line-based checks. On the first line the byte order mark, which yamllint keeps, is one of them.
    /// </summary>
    public int LineColumns(int lineStart, int end) => CodePoints(lineStart, end) + (lineStart == 0 && _leadingByteOrderMark ? 1 : 0);

    /// <summary>
    /// The column PyYAML's reader counts over <c>[start, end)</c>: code points, without U+FEFF (a byte order mark is
    /// not counted wherever it stands, though the text keeps it).
    /// </summary>
    public int MarkColumns(int start, int end)
    {
        if (_columnsAreOffsets)
        {
            return end - start;
        }

        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = Text[i];
            if (c != '\uFEFF' && !char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The indentation (spaces only) of the line that holds <paramref name="index"/>.</summary>
    public int LineIndentAt(int index)
    {
        var start = index <= 0 ? 0 : Text.LastIndexOf('\n', Math.Min(index, Text.Length) - 1) + 1;
        var content = start;
        while (content < Text.Length && Text[content] == ' ')
        {
            content++;
        }

        return content - start;
    }

    /// <summary>yamllint's "real" end line (1-based) of a token: scalars often end on the next line.</summary>
    public int RealEndLine(StreamToken token)
    {
        var endLine = token.End.Line + 1;
        if (token.Kind != ScannedTokenKind.Scalar)
        {
            return endLine;
        }

        var position = token.End.Index - 1;
        while (position >= token.Start.Index - 1 && position >= 0 && IsPythonWhiteSpace(Text[position]))
        {
            if (Text[position] == '\n')
            {
                endLine--;
            }

            position--;
        }

        return endLine;
    }

    /// <summary>Whether a key token is explicit (<c>? key</c>).</summary>
    public bool IsExplicitKey(StreamToken token) =>
        token.Start.Index < token.End.Index && CharAt(token.Start.Index) == '?';

    /// <summary>Python's <c>string.whitespace</c>.</summary>
    public static bool IsPythonWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c';

    /// <summary>
    /// How many of the scanned tokens yamllint's rules may see: all of them, or those before an error token
    /// (YamlDotNet emits one at some scanner errors, and nothing after it counts).
    /// </summary>
    private static int CountBeforeError(ScannedTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.KindAt(i) == ScannedTokenKind.Error)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    /// <summary>Finds the PyYAML line (and column, when it is not an offset) of both ends of every token.</summary>
    private void FillMarks()
    {
        var line = 0;

        // Columns, when they are not offsets, are counted on from the previous mark of the same line: counting each
        // from its line start was quadratic in the length of a long line.
        var column = new ColumnCursor(0, 0, 0);
        for (var i = 0; i < _count; i++)
        {
            var start = _tokens.StartAt(i);
            var end = _tokens.EndAt(i);

            // The end's line is walked from the start's: the next token may start before this one ends (a block end,
            // a key).
            line = LineFrom(line, start);
            var endLine = LineFrom(line, end);
            _startLines[i] = line;
            _endLines[i] = endLine;
            if (_startColumns is not null)
            {
                column = column.MoveTo(this, line, start);
                _startColumns[i] = column.Column;
                _endColumns![i] = column.MoveTo(this, endLine, end).Column;
            }
        }
    }

    /// <summary>A mark's line, offset and PyYAML column, from which the next mark's column is counted on.</summary>
    private readonly record struct ColumnCursor(int Line, int Index, int Column)
    {
        public ColumnCursor MoveTo(YamlLintStream stream, int line, int index) =>
            line == Line && index >= Index
                ? new ColumnCursor(line, index, Column + stream.MarkColumns(Index, index))
                : new ColumnCursor(line, index, stream.MarkColumns(stream._lineStarts[line], index));
    }

    private List<StreamComment> FindComments()
    {
        var comments = new List<StreamComment>();
        for (var i = 0; i < YieldedCount; i++)
        {
            var before = Tokens[i];
            var after = At(i + 1);
            if (after is null && before.Kind == ScannedTokenKind.StreamEnd)
            {
                // Nothing follows the end of the stream.
                continue;
            }

            if (after is { } next && before.End.Line == next.Start.Line
                && before.Kind != ScannedTokenKind.StreamStart && next.Kind != ScannedTokenKind.StreamEnd)
            {
                continue;
            }

            var from = before.End.Index;
            var to = after?.Start.Index ?? Text.Length;
            var line = before.End.Line + 1;
            var column = before.End.Column + 1;
            StreamComment? previous = null;
            var segment = from;
            while (segment <= to)
            {
                var newline = Text.IndexOf('\n', segment, to - segment);
                var segmentEnd = newline < 0 ? to : newline;
                var hash = Text.IndexOf('#', segment, segmentEnd - segment);
                if (hash >= 0)
                {
                    var comment = new StreamComment(line, column + LineColumns(segment, hash), hash, before, after, previous,
                        CommentText(hash), IsInline(line, before));
                    comments.Add(comment);
                    previous = comment;
                }

                if (newline < 0)
                {
                    break;
                }

                segment = newline + 1;
                line++;
                column = 1;
            }
        }

        return comments;
    }

    private string CommentText(int hash)
    {
        var end = Text.IndexOf('\n', hash);
        return end < 0 ? Text[hash..] : Text[hash..end];
    }

    private bool IsInline(int line, StreamToken before) =>
        before.Kind != ScannedTokenKind.StreamStart && line == before.End.Line + 1 && CharAt(before.End.Index - 1) != '\n';

    private static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    private static int[] PyYamlLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 24)) { 0 };

        // The text between breaks is skipped in vectorised runs: a character-by-character test was a percent of a run.
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(LineBreaks); i >= 0;)
        {
            var c = text[i];
            if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                starts.Add(i + 1);
            }

            var next = span[(i + 1)..].IndexOfAny(LineBreaks);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return starts.ToArray();
    }
}
