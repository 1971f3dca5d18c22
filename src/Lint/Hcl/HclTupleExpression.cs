namespace IacTest.Lint.Hcl;

/// <summary>A tuple constructor, <c>[a, b]</c>.</summary>
public sealed class HclTupleExpression : HclExpression
{
    internal HclTupleExpression(IReadOnlyList<HclExpression> items, HclRange range)
        : base(range) => Items = items;

    /// <summary>The elements.</summary>
    public IReadOnlyList<HclExpression> Items { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => Items;
}
