namespace IacTest.Lint.Hcl;

/// <summary>A template's <c>%{ for }</c> directive: the results of its for expression joined into one string.</summary>
public sealed class HclTemplateJoinExpression : HclExpression
{
    internal HclTemplateJoinExpression(HclForExpression loop)
        : base(loop.Range) => Loop = loop;

    /// <summary>The loop.</summary>
    public HclForExpression Loop { get; }

    /// <inheritdoc/>
    public override IEnumerable<HclExpression> Children => [Loop];
}
