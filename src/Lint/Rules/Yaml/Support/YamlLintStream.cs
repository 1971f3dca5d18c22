using System.Buffers;
using IacTest.Lint.Engine;
using IacTest.Lint.Yaml;
using YamlDotNet.Core;

namespace IacTest.Lint.Rules.Yaml.Support;

/// <summary>
/// A file seen the way yamllint sees it: scanner tokens with PyYAML-compatible marks, the comments between them
/// and the lines. Built once per file and shared by every yamllint rule (it is immutable, so threads may share it).
/// </summary>
internal sealed class YamlLintStream
{
    private static readonly object ViewKey = new();

    // The breaks PyYAML counts as a new line (a \r only when no \n follows it).
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private readonly int[] _lineStarts;
    private readonly bool _hasSurrogates;
    private List<StreamComment>? _comments;

    private YamlLintStream(string text, YamlParse parse)
    {
        Text = text;
        _hasSurrogates = HasSurrogates(text);
        _lineStarts = PyYamlLineStarts(text);

        // The parse's tokens are taken (and released) by the first stream; another one scans again.
        var scanned = parse.TakeTokens() ?? YamlTree.ParseWithTokens(text).TakeTokens()!;
        (Tokens, YieldedCount) = Convert(scanned, parse.ScanFailed);
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Every token the scanner produced before any error.</summary>
    public IReadOnlyList<StreamToken> Tokens { get; }

    /// <summary>
    /// How many tokens yamllint hands to its rules: all of them, or — after a scanner error — those whose two
    /// following tokens were read before the error (yamllint looks two tokens ahead).
    /// </summary>
    public int YieldedCount { get; }

    /// <summary>The comments yamllint finds, in order.</summary>
    public IReadOnlyList<StreamComment> Comments => _comments ??= FindComments();

    /// <summary>The stream of a file (cached per file).</summary>
    public static YamlLintStream Of(LintFile file) => file.View(ViewKey, static f => new YamlLintStream(f.Text, f.Parse));

    /// <summary>The stream of a text (not cached).</summary>
    public static YamlLintStream Of(string text) => new(text, YamlTree.ParseWithTokens(text));

    /// <summary>The token at <paramref name="index"/>, or null outside the stream.</summary>
    public StreamToken? At(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The character at an offset, <c>'\0'</c> past the end (PyYAML's buffer ends with one).</summary>
    public char CharAt(int index) => index >= 0 && index < Text.Length ? Text[index] : '\0';

    /// <summary>The PyYAML mark of an offset.</summary>
    public StreamMark MarkAt(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = LineOf(index);
        return new StreamMark(line, CodePoints(_lineStarts[line], index), index);
    }

    /// <summary>
    /// The PyYAML mark of an offset at or after the line <paramref name="line"/> starts, found by walking forward
    /// from it: tokens come in order, so the next mark is nearly always on the same line or a few lines on, and a
    /// binary search of every line start for both ends of every token was a twentieth of a run.
    /// </summary>
    private StreamMark MarkFrom(ref int line, int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var starts = _lineStarts;
        if ((uint)line >= (uint)starts.Length || starts[line] > index)
        {
            line = LineOf(index);
        }
        else
        {
            while (line + 1 < starts.Length && starts[line + 1] <= index)
            {
                line++;
            }
        }

        return new StreamMark(line, CodePoints(starts[line], index), index);
    }

    private int LineOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>The number of code points in <c>[start, end)</c> (Python counts code points, .NET UTF-16 units).</summary>
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
    /// Converts the parser's scan. yamllint reads two tokens ahead, so after a scanner error (an exception, or the
    /// error token YamlDotNet emits and then repeats) its rules see all but the last two tokens read.
    /// </summary>
    private (IReadOnlyList<StreamToken> Tokens, int Yielded) Convert(IReadOnlyList<ScannedToken> scanned, bool scanFailed)
    {
        var tokens = new List<StreamToken>(scanned.Count);
        var line = 0;

        // The scan is this stream's alone (taken from the parse): what is converted can go while the rest converts.
        var chunked = scanned as ChunkedList<ScannedToken>;
        for (var i = 0; i < scanned.Count; i++)
        {
            if (chunked is not null && (i & 0xFFF) == 0)
            {
                chunked.ReleaseBefore(i);
            }

            var token = scanned[i];
            if (token.Kind == ScannedTokenKind.Error)
            {
                return (tokens, Math.Max(0, tokens.Count - 2));
            }

            tokens.Add(Convert(token, ref line));
        }

        return (tokens, scanFailed ? Math.Max(0, tokens.Count - 2) : tokens.Count);
    }

    private StreamToken Convert(ScannedToken token, ref int line)
    {
        // Error never reaches here: the scan stops there.
        var kind = token.Kind;
        StreamMark start, end;
        if (kind == ScannedTokenKind.StreamEnd)
        {
            start = end = MarkFrom(ref line, Text.Length);
        }
        else
        {
            start = MarkFrom(ref line, token.Start);
            // YamlDotNet gives flow brackets an empty span; PyYAML's covers the bracket. The end's line is walked
            // from the start's on a copy: the next token may start before this one ends (a block end, a key).
            var endLine = line;
            end = kind is ScannedTokenKind.FlowSequenceStart or ScannedTokenKind.FlowSequenceEnd or ScannedTokenKind.FlowMappingStart or ScannedTokenKind.FlowMappingEnd
                ? MarkFrom(ref endLine, token.Start + 1)
                : MarkFrom(ref endLine, token.End);
        }

        return kind switch
        {
            ScannedTokenKind.Scalar => new StreamToken(kind, start, end)
            {
                Value = token.Value ?? string.Empty,
                Style = token.Style switch
                {
                    ScalarStyle.SingleQuoted => '\'',
                    ScalarStyle.DoubleQuoted => '"',
                    ScalarStyle.Literal => '|',
                    ScalarStyle.Folded => '>',
                    _ => '\0',
                },
            },
            ScannedTokenKind.Tag or ScannedTokenKind.Anchor or ScannedTokenKind.Alias => new StreamToken(kind, start, end) { Value = token.Value ?? string.Empty },
            _ => new StreamToken(kind, start, end),
        };
    }

    private List<StreamComment> FindComments()
    {
        var comments = new List<StreamComment>();
        for (var i = 0; i < YieldedCount; i++)
        {
            var before = Tokens[i];
            var after = i + 1 < Tokens.Count ? Tokens[i + 1] : null;
            if (after is null && before.Kind == ScannedTokenKind.StreamEnd)
            {
                // Nothing follows the end of the stream.
                continue;
            }

            if (after is not null && before.End.Line == after.Start.Line
                && before.Kind != ScannedTokenKind.StreamStart && after.Kind != ScannedTokenKind.StreamEnd)
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
                    var comment = new StreamComment(line, column + CodePoints(segment, hash), hash, before, after, previous,
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
