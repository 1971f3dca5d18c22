namespace IacTest.Lint.Hcl;

/// <summary>A function call, <c>templatefile("a.tpl", {})</c>, possibly namespaced (<c>provider::aws::arn_parse</c>).</summary>
public sealed class HclFunctionCallExpression : HclExpression
{
    internal HclFunctionCallExpression(string name, HclRange nameRange, IReadOnlyList<HclExpression> arguments, bool expandFinal, HclRange openParenRange, HclRange closeParenRange)
        : base(HclRange.Between(nameRange, closeParenRange))
    {
        Name = name;
        NameRange = nameRange;
        Arguments = arguments;
        ExpandFinal = expandFinal;
        OpenParenRange = openParenRange;
        CloseParenRange = closeParenRange;
    }

    /// <summary>The function name, with any <c>::</c> namespace.</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public HclRange NameRange { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<HclExpression> Arguments { get; }

    /// <summary>Whether the last argument is expanded with <c>...</c>.</summary>
    public bool ExpandFinal { get; }

    /// <summary>Where the opening parenthesis is.</summary>
    public HclRange OpenParenRange { get; }

    /// <summary>Where the closing parenthesis is.</summary>
    public HclRange CloseParenRange { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => Arguments;
}
