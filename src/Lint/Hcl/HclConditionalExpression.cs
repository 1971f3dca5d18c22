namespace IacTest.Lint.Hcl;

/// <summary><c>condition ? a : b</c>, or a template's <c>%{ if }</c> directive.</summary>
public sealed class HclConditionalExpression : HclExpression
{
    internal HclConditionalExpression(HclExpression condition, HclExpression trueResult, HclExpression falseResult, HclRange range)
        : base(range)
    {
        Condition = condition;
        TrueResult = trueResult;
        FalseResult = falseResult;
    }

    /// <summary>The condition.</summary>
    public HclExpression Condition { get; }

    /// <summary>The value when true.</summary>
    public HclExpression TrueResult { get; }

    /// <summary>The value when false.</summary>
    public HclExpression FalseResult { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Condition, TrueResult, FalseResult];
}
