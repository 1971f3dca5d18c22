namespace IacTest.Lint.Hcl;

/// <summary>A <c>for</c> expression, <c>[for v in list : upper(v)]</c> or <c>{for k, v in map : k =&gt; v...}</c>.</summary>
public sealed class HclForExpression : HclExpression
{
    internal HclForExpression(string? keyVariable, string valueVariable, HclExpression collection, HclExpression? keyExpression, HclExpression valueExpression, HclExpression? condition, bool grouping, HclRange range, HclRange openRange, HclRange closeRange)
        : base(range)
    {
        KeyVariable = keyVariable;
        ValueVariable = valueVariable;
        Collection = collection;
        KeyExpression = keyExpression;
        ValueExpression = valueExpression;
        Condition = condition;
        Grouping = grouping;
        OpenRange = openRange;
        CloseRange = closeRange;
    }

    /// <summary>The key (or index) variable, when two are declared.</summary>
    public string? KeyVariable { get; }

    /// <summary>The value variable.</summary>
    public string ValueVariable { get; }

    /// <summary>The collection iterated.</summary>
    public HclExpression Collection { get; }

    /// <summary>The key of each result element, when building an object.</summary>
    public HclExpression? KeyExpression { get; }

    /// <summary>The value of each result element.</summary>
    public HclExpression ValueExpression { get; }

    /// <summary>The <c>if</c> filter, when there is one.</summary>
    public HclExpression? Condition { get; }

    /// <summary>Whether values are grouped by key with <c>...</c>.</summary>
    public bool Grouping { get; }

    /// <summary>Whether the result is an object (written in braces).</summary>
    public bool MakesObject => KeyExpression is not null;

    /// <summary>Where the opening bracket, brace or <c>%{ for }</c> directive is.</summary>
    public HclRange OpenRange { get; }

    /// <summary>Where the closing bracket, brace or <c>%{ endfor }</c> directive is.</summary>
    public HclRange CloseRange { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children
    {
        get
        {
            yield return Collection;
            if (KeyExpression is not null)
            {
                yield return KeyExpression;
            }

            yield return ValueExpression;
            if (Condition is not null)
            {
                yield return Condition;
            }
        }
    }
}
