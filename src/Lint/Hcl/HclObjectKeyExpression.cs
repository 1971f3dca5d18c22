namespace IacTest.Lint.Hcl;

/// <summary>
/// An object key. A bare name (<c>{ name = 1 }</c>) means the string "name", not a variable; parentheses
/// (<c>{ (name) = 1 }</c>) force the variable.
/// </summary>
public sealed class HclObjectKeyExpression : HclExpression
{
    internal HclObjectKeyExpression(HclExpression wrapped, bool forceNonLiteral)
        : base(wrapped.Range)
    {
        Wrapped = wrapped;
        ForceNonLiteral = forceNonLiteral;
    }

    /// <summary>The key as written.</summary>
    public HclExpression Wrapped { get; }

    /// <summary>Whether the key was written in parentheses, so a bare name is a variable.</summary>
    public bool ForceNonLiteral { get; }

    /// <summary>The constant key: a bare name, a literal string or a literal value; null when the key is computed.</summary>
    public string? ConstantName => Wrapped switch
    {
        HclScopeTraversalExpression { Steps.Count: 0 } name when !ForceNonLiteral => name.RootName,
        HclTemplateExpression template => template.LiteralValue,
        HclLiteralExpression { Kind: not HclLiteralKind.Unknown and not HclLiteralKind.Null } literal => literal.Value,
        _ => null,
    };

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Wrapped];
}
