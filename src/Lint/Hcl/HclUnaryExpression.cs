namespace IacTest.Lint.Hcl;

/// <summary><c>-x</c> or <c>!x</c>.</summary>
public sealed class HclUnaryExpression : HclExpression
{
    internal HclUnaryExpression(bool isNot, HclExpression operand, HclRange symbolRange)
        : base(HclRange.Between(symbolRange, operand.Range))
    {
        IsNot = isNot;
        Operand = operand;
        SymbolRange = symbolRange;
    }

    /// <summary>Whether this is logical not (<c>!</c>); otherwise it negates (<c>-</c>).</summary>
    public bool IsNot { get; }

    /// <summary>The operand.</summary>
    public HclExpression Operand { get; }

    /// <summary>Where the operator symbol is.</summary>
    public HclRange SymbolRange { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Operand];
}
