namespace IacTest.Lint.Hcl;

/// <summary>A literal: a number, a boolean, <c>null</c>, literal template text, or an error placeholder.</summary>
public sealed class HclLiteralExpression : HclExpression
{
    internal HclLiteralExpression(HclLiteralKind kind, string value, HclRange range)
        : base(range)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>What the literal is.</summary>
    public HclLiteralKind Kind { get; }

    /// <summary>The number's source text, <c>true</c>/<c>false</c>, the decoded string, or empty.</summary>
    public string Value { get; internal set; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [];
}
