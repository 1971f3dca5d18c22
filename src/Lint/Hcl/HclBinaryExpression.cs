namespace IacTest.Lint.Hcl;

/// <summary>A binary operation, <c>a + b</c>.</summary>
public sealed class HclBinaryExpression : HclExpression
{
    internal HclBinaryExpression(HclExpression left, HclBinaryOperator @operator, HclExpression right)
        : base(HclRange.Between(left.Range, right.Range))
    {
        Left = left;
        Operator = @operator;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public HclExpression Left { get; }

    /// <summary>The operator.</summary>
    public HclBinaryOperator Operator { get; }

    /// <summary>The right operand.</summary>
    public HclExpression Right { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Left, Right];
}
