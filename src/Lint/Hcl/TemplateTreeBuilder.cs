namespace IacTest.Lint.Hcl;

/// <summary>
/// Turns the flat template parts into expressions: literal text, interpolations, a conditional for each
/// <c>%{ if }</c> … <c>%{ endif }</c> and a join of a for expression for each <c>%{ for }</c> … <c>%{ endfor }</c>.
/// </summary>
internal sealed class TemplateTreeBuilder(List<TemplatePart> parts, NativeParser parser)
{
    private int _position;

    public List<HclExpression> ParseRoot()
    {
        var expressions = new List<HclExpression>();
        while (Peek().Kind != TemplatePartKind.End)
        {
            expressions.Add(ParsePart());
        }

        return expressions;
    }

    private TemplatePart Peek() => parts[_position];

    private TemplatePart Read()
    {
        var part = parts[_position];
        if (part.Kind != TemplatePartKind.End)
        {
            _position++;
        }

        return part;
    }

    private HclExpression ParsePart()
    {
        var part = Peek();
        switch (part.Kind)
        {
            case TemplatePartKind.Literal:
                Read();
                return new HclLiteralExpression(HclLiteralKind.String, part.Text, part.Range);
            case TemplatePartKind.Interpolation:
                Read();
                return part.Expression!;
            case TemplatePartKind.If or TemplatePartKind.For:
                if (!parser.EnterTemplate(part.Range))
                {
                    SkipToEnd();
                    return NativeParser.TemplatePlaceholder(part.Range);
                }

                try
                {
                    return part.Kind == TemplatePartKind.If ? ParseIf() : ParseFor();
                }
                finally
                {
                    parser.LeaveTemplate();
                }

            case TemplatePartKind.End:
                Read();
                parser.TemplateError("Unexpected end of template", "The control directives within this template are unbalanced.", part.Range);
                return NativeParser.TemplatePlaceholder(part.Range);
            default:
                Read();
                parser.TemplateError($"Unexpected {Name(part.Kind)} directive", "The control directives within this template are unbalanced.", part.Range);
                return NativeParser.TemplatePlaceholder(part.Range);
        }
    }

    private void SkipToEnd() => _position = parts.Count - 1;

    private static string Name(TemplatePartKind kind) => kind switch
    {
        TemplatePartKind.EndIf => "endif",
        TemplatePartKind.Else => "else",
        _ => "endfor",
    };

    private HclExpression ParseIf()
    {
        var open = Read();
        var whenTrue = new List<HclExpression>();
        var whenFalse = new List<HclExpression>();
        var current = whenTrue;
        HclRange endIfRange;
        while (true)
        {
            var next = Peek();
            if (next.Kind == TemplatePartKind.End)
            {
                parser.TemplateError("Unexpected end of template", $"The if directive at {Describe(open.Range)} is missing its corresponding endif directive.", next.Range);
                return NativeParser.TemplatePlaceholder(next.Range);
            }

            if (next.Kind is TemplatePartKind.Else or TemplatePartKind.EndIf or TemplatePartKind.EndFor)
            {
                Read();
                if (next.Kind == TemplatePartKind.Else && current == whenTrue)
                {
                    current = whenFalse;
                    continue;
                }

                if (next.Kind == TemplatePartKind.EndIf)
                {
                    endIfRange = next.Range;
                    break;
                }

                if (next.Kind == TemplatePartKind.Else)
                {
                    parser.TemplateError("Unexpected else directive", $"Already in the else clause for the if started at {Describe(open.Range)}.", next.Range);
                }
                else
                {
                    parser.TemplateError($"Unexpected {Name(next.Kind)} directive", $"Expecting an endif directive for the if started at {Describe(open.Range)}.", next.Range);
                }

                return NativeParser.TemplatePlaceholder(next.Range);
            }

            current.Add(ParsePart());
        }

        if (whenTrue.Count == 0)
        {
            whenTrue.Add(new HclLiteralExpression(HclLiteralKind.String, string.Empty, HclRange.At(open.Range.End)));
        }

        if (whenFalse.Count == 0)
        {
            whenFalse.Add(new HclLiteralExpression(HclLiteralKind.String, string.Empty, HclRange.At(endIfRange.Start)));
        }

        var trueTemplate = new HclTemplateExpression(whenTrue, HclRange.Between(whenTrue[0].Range, whenTrue[^1].Range));
        var falseTemplate = new HclTemplateExpression(whenFalse, HclRange.Between(whenFalse[0].Range, whenFalse[^1].Range));
        return new HclConditionalExpression(open.Expression!, trueTemplate, falseTemplate, HclRange.Between(open.Range, endIfRange));
    }

    private HclExpression ParseFor()
    {
        var open = Read();
        var content = new List<HclExpression>();
        HclRange endForRange;
        while (true)
        {
            var next = Peek();
            if (next.Kind == TemplatePartKind.End)
            {
                parser.TemplateError("Unexpected end of template", $"The for directive at {Describe(open.Range)} is missing its corresponding endfor directive.", next.Range);
                return NativeParser.TemplatePlaceholder(next.Range);
            }

            if (next.Kind is TemplatePartKind.Else or TemplatePartKind.EndIf or TemplatePartKind.EndFor)
            {
                Read();
                if (next.Kind == TemplatePartKind.EndFor)
                {
                    endForRange = next.Range;
                    break;
                }

                if (next.Kind == TemplatePartKind.Else)
                {
                    parser.TemplateError("Unexpected else directive", "An else clause is not expected for a for directive.", next.Range);
                }
                else
                {
                    parser.TemplateError($"Unexpected {Name(next.Kind)} directive", $"Expecting an endfor directive corresponding to the for directive at {Describe(open.Range)}.", next.Range);
                }

                return NativeParser.TemplatePlaceholder(next.Range);
            }

            content.Add(ParsePart());
        }

        if (content.Count == 0)
        {
            content.Add(new HclLiteralExpression(HclLiteralKind.String, string.Empty, HclRange.At(open.Range.End)));
        }

        var body = new HclTemplateExpression(content, HclRange.Between(content[0].Range, content[^1].Range));
        var range = HclRange.Between(open.Range, endForRange);
        var loop = new HclForExpression(open.KeyVariable, open.ValueVariable, open.Expression!, null, body, null, false, range, open.Range, endForRange);
        return new HclTemplateJoinExpression(loop);
    }

    private string Describe(HclRange range) => parser.Describe(range);
}
