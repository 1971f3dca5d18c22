namespace IacTest.Lint.Hcl;

/// <summary>
/// A flat piece of a template before it becomes a tree: literal text, an interpolation, or a directive marker. Strip
/// markers (<c>~</c>) and heredoc indentation are applied at this level, before literal pieces are joined.
/// </summary>
internal sealed class TemplatePart(TemplatePartKind kind, HclRange range)
{
    public TemplatePartKind Kind { get; } = kind;

    public HclRange Range { get; set; } = range;

    public string Text { get; set; } = string.Empty;

    public HclExpression? Expression { get; init; }

    public string? KeyVariable { get; init; }

    public string ValueVariable { get; init; } = string.Empty;
}

/// <summary>The kinds of <see cref="TemplatePart"/>.</summary>
internal enum TemplatePartKind
{
    Literal,
    Interpolation,
    If,
    Else,
    EndIf,
    For,
    EndFor,
    End,
}
