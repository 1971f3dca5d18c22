
namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>A comment found between two tokens, as yamllint finds them.</summary>
internal sealed class StreamComment
{
    public StreamComment(int line, int column, int index, StreamToken tokenBefore, StreamToken? tokenAfter, StreamComment? commentBefore, string text, bool isInline)
    {
        Line = line;
        Column = column;
        Index = index;
        TokenBefore = tokenBefore;
        TokenAfter = tokenAfter;
        CommentBefore = commentBefore;
        Text = text;
        IsInline = isInline;
    }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>Offset of the <c>#</c>.</summary>
    public int Index { get; }

    public StreamToken TokenBefore { get; }

    public StreamToken? TokenAfter { get; }

    public StreamComment? CommentBefore { get; }

    /// <summary>From <c>#</c> to the end of the line (a <c>\r</c> included, as yamllint reads it).</summary>
    public string Text { get; }

    /// <summary>Whether content precedes the comment on its line.</summary>
    public bool IsInline { get; }
}
