namespace IacTest.Lint.Hcl;

/// <summary>Constant steps applied to the result of another expression: <c>f(x).id</c>, <c>[a, b][0]</c>.</summary>
public sealed class HclRelativeTraversalExpression : HclExpression
{
    private readonly List<HclTraversalStep> _steps = [];

    internal HclRelativeTraversalExpression(HclExpression source)
        : base(source.Range) => Source = source;

    /// <summary>The expression the steps apply to.</summary>
    public HclExpression Source { get; }

    /// <summary>The steps.</summary>
    public IReadOnlyList<HclTraversalStep> Steps => _steps;

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Source];

    internal void Add(HclTraversalStep step)
    {
        _steps.Add(step);
        Range = HclRange.Between(Range, step.Range);
    }
}
