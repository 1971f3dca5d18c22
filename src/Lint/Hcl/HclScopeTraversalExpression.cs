namespace IacTest.Lint.Hcl;

/// <summary>A reference to a variable and constant steps into it: <c>var.name</c>, <c>aws_instance.web[0].id</c>.</summary>
public sealed class HclScopeTraversalExpression : HclExpression
{
    private readonly List<HclTraversalStep> _steps = [];

    internal HclScopeTraversalExpression(string rootName, HclRange rootRange)
        : base(rootRange)
    {
        RootName = rootName;
        RootRange = rootRange;
    }

    /// <summary>The variable name the traversal starts from.</summary>
    public string RootName { get; }

    /// <summary>Where the variable name is.</summary>
    public HclRange RootRange { get; }

    /// <summary>The steps after the root.</summary>
    public IReadOnlyList<HclTraversalStep> Steps => _steps;

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [];

    internal void Add(HclTraversalStep step)
    {
        _steps.Add(step);
        Range = HclRange.Between(Range, step.Range);
    }
}
