using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>Every expression of a body, nested blocks included, in source order — what tflint's <c>WalkExpressions</c> visits.</summary>
internal static class HclExpressions
{
    public static IEnumerable<HclExpression> All(HclBody body)
    {
        // Attributes and blocks interleave in the source; ordering by position keeps findings in source order.
        var items = body.Attributes.Select(a => (a.Range.Start.Byte, Attribute: (HclAttribute?)a, Block: (HclBlock?)null))
            .Concat(body.Blocks.Select(b => (b.Range.Start.Byte, Attribute: (HclAttribute?)null, Block: (HclBlock?)b)))
            .OrderBy(item => item.Byte);
        foreach (var (_, attribute, block) in items)
        {
            if (attribute is not null)
            {
                foreach (var expression in attribute.Expression.DescendantsAndSelf())
                {
                    yield return expression;
                }
            }
            else if (block is not null)
            {
                foreach (var expression in All(block.Body))
                {
                    yield return expression;
                }
            }
        }
    }
}
