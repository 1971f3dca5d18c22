namespace IacTest.Lint.Hcl;

/// <summary>A splat: <c>list[*].id</c> (full) or the legacy attribute-only <c>list.*.id</c>.</summary>
public sealed class HclSplatExpression : HclExpression
{
    internal HclSplatExpression(HclExpression source, HclExpression each, HclAnonymousSymbolExpression item, bool attributeOnly, HclRange range, HclRange markerRange)
        : base(range)
    {
        Source = source;
        Each = each;
        Item = item;
        AttributeOnly = attributeOnly;
        MarkerRange = markerRange;
    }

    /// <summary>The collection the splat spreads.</summary>
    public HclExpression Source { get; }

    /// <summary>What is taken from each element, in terms of <see cref="Item"/>.</summary>
    public HclExpression Each { get; }

    /// <summary>The element placeholder.</summary>
    public HclAnonymousSymbolExpression Item { get; }

    /// <summary>Whether this is the legacy <c>.*</c> form, which only takes attributes.</summary>
    public bool AttributeOnly { get; }

    /// <summary>Where the <c>[*]</c> or <c>.*</c> marker is.</summary>
    public HclRange MarkerRange { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Source, Each];
}
