namespace IacTest.Lint.Hcl;

/// <summary>An expression in parentheses (kept so ranges and canonical formatting see them).</summary>
public sealed class HclParenthesesExpression : HclExpression
{
    internal HclParenthesesExpression(HclExpression inner, HclRange range)
        : base(range) => Inner = inner;

    /// <summary>The expression inside.</summary>
    public HclExpression Inner { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Inner];
}
