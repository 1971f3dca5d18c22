namespace IacTest.Lint.Hcl;

/// <summary>A quoted string or heredoc: literal parts, interpolations and directives in order.</summary>
public sealed class HclTemplateExpression : HclExpression
{
    internal HclTemplateExpression(IReadOnlyList<HclExpression> parts, HclRange range, bool isHeredoc = false)
        : base(range)
    {
        Parts = parts;
        IsHeredoc = isHeredoc;
    }

    /// <summary>The parts: literal strings, interpolated expressions, conditionals and joins for directives.</summary>
    public IReadOnlyList<HclExpression> Parts { get; }

    /// <summary>Whether the template is a heredoc.</summary>
    public bool IsHeredoc { get; }

    /// <summary>Whether every part is literal text, so the template is a plain string.</summary>
    public bool IsStringLiteral => Parts.All(p => p is HclLiteralExpression { Kind: HclLiteralKind.String });

    /// <summary>The text of a template that <see cref="IsStringLiteral"/>, otherwise null.</summary>
    public string? LiteralValue => IsStringLiteral ? string.Concat(Parts.Cast<HclLiteralExpression>().Select(p => p.Value)) : null;

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => Parts;
}
