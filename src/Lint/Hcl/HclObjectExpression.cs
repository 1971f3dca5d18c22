namespace IacTest.Lint.Hcl;

/// <summary>An object constructor, <c>{ a = 1, b = 2 }</c>.</summary>
public sealed class HclObjectExpression : HclExpression
{
    internal HclObjectExpression(IReadOnlyList<HclObjectItem> items, HclRange range)
        : base(range) => Items = items;

    /// <summary>The items in source order (duplicate keys kept: a rule reports them).</summary>
    public IReadOnlyList<HclObjectItem> Items { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => Items.SelectMany(i => new HclExpression[] { i.Key, i.Value });
}
