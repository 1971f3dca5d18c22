namespace IacTest.Lint.Hcl;

/// <summary>An index whose key is not a constant: <c>local.map[var.key]</c>.</summary>
public sealed class HclIndexExpression : HclExpression
{
    internal HclIndexExpression(HclExpression collection, HclExpression key, HclRange bracketRange)
        : base(HclRange.Between(collection.Range, bracketRange))
    {
        Collection = collection;
        Key = key;
        BracketRange = bracketRange;
    }

    /// <summary>The indexed collection.</summary>
    public HclExpression Collection { get; }

    /// <summary>The key.</summary>
    public HclExpression Key { get; }

    /// <summary>The brackets and the key between them.</summary>
    public HclRange BracketRange { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Collection, Key];
}
