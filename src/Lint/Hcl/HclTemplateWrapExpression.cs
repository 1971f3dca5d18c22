namespace IacTest.Lint.Hcl;

/// <summary>A template that is nothing but one interpolation, <c>"${x}"</c>: it yields the value of x unchanged.</summary>
public sealed class HclTemplateWrapExpression : HclExpression
{
    internal HclTemplateWrapExpression(HclExpression wrapped, HclRange range)
        : base(range) => Wrapped = wrapped;

    /// <summary>The interpolated expression.</summary>
    public HclExpression Wrapped { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Wrapped];
}
