namespace IacTest.Lint.Hcl;

/// <summary>An expression of HCL native syntax, with its exact source range.</summary>
public abstract class HclExpression
{
    private protected HclExpression(HclRange range) => Range = range;

    /// <summary>Where the expression is in the source.</summary>
    public HclRange Range { get; internal set; }

    /// <summary>The expressions directly inside this one, in source order.</summary>
    public abstract IEnumerable<HclExpression> Children { get; }

    /// <summary>This expression and every expression inside it, depth first, in source order.</summary>
    public IEnumerable<HclExpression> DescendantsAndSelf()
    {
        var pending = new Stack<HclExpression>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            foreach (var child in next.Children.Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
