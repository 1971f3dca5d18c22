namespace IacTest.Lint.Hcl;

/// <summary>The stand-in for each element inside a splat: the <c>[*]</c> or <c>.*</c> marker itself.</summary>
public sealed class HclAnonymousSymbolExpression : HclExpression
{
    internal HclAnonymousSymbolExpression(HclRange range)
        : base(range)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [];
}
