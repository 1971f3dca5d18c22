using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// Converts a parsed file to the JSON that <c>@cdktf/hcl2json</c> prints for it, so the two parsers' trees can be
/// compared: literal values become JSON values, blocks nest by label into lists of bodies, and every other
/// expression becomes <c>"${source text}"</c> (templates keep their literal text and directives).
/// </summary>
internal static class Hcl2JsonShape
{
    public static JsonObject Convert(HclFile file) => Body(file, file.Body);

    private static JsonObject Body(HclFile file, HclBody body)
    {
        var result = new JsonObject();
        foreach (var attribute in body.Attributes)
        {
            result[attribute.Name] = Expression(file, attribute.Expression);
        }

        foreach (var block in body.Blocks)
        {
            var target = result;
            var key = block.Type;
            foreach (var label in block.Labels)
            {
                if (target[key] is not JsonObject next)
                {
                    next = new JsonObject();
                    target[key] = next;
                }

                target = next;
                key = label.Value;
            }

            if (target[key] is not JsonArray list)
            {
                list = [];
                target[key] = list;
            }

            list.Add(Body(file, block.Body));
        }

        return result;
    }

    private static JsonNode? Expression(HclFile file, HclExpression expression) => expression switch
    {
        HclLiteralExpression literal => Literal(literal),
        HclUnaryExpression { Operand: HclLiteralExpression { Kind: HclLiteralKind.Number } number, IsNot: false } =>
            JsonValue.Create(-decimal.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        HclUnaryExpression { Operand: HclLiteralExpression { Kind: HclLiteralKind.Boolean } boolean, IsNot: true } =>
            JsonValue.Create(boolean.Value != "true"),
        HclTemplateExpression template => JsonValue.Create(Template(file, template)),
        HclTemplateWrapExpression wrap => Expression(file, wrap.Wrapped),
        HclTupleExpression tuple => new JsonArray(tuple.Items.Select(i => Expression(file, i)).ToArray()),
        HclObjectExpression obj => Object(file, obj),
        _ => JsonValue.Create(Wrap(file, expression)),
    };

    private static JsonObject Object(HclFile file, HclObjectExpression obj)
    {
        var result = new JsonObject();
        foreach (var item in obj.Items)
        {
            var key = item.Key.Wrapped is HclScopeTraversalExpression ? file.SourceOf(item.Key.Wrapped.Range) : StringPart(file, item.Key.Wrapped);
            result[key] = Expression(file, item.Value);
        }

        return result;
    }

    private static JsonNode? Literal(HclLiteralExpression literal) => literal.Kind switch
    {
        HclLiteralKind.Number => JsonValue.Create(decimal.Parse(literal.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        HclLiteralKind.Boolean => JsonValue.Create(literal.Value == "true"),
        HclLiteralKind.String => JsonValue.Create(Escape(literal.Value)),
        _ => null,
    };

    /// <summary>JSON strings are templates to Terraform, so literal sequence openers are written escaped.</summary>
    private static string Escape(string text) => text.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal);

    private static string Template(HclFile file, HclTemplateExpression template) =>
        template.LiteralValue is { } literal ? Escape(literal) : string.Concat(template.Parts.Select(p => StringPart(file, p)));

    private static string StringPart(HclFile file, HclExpression part) => part switch
    {
        HclLiteralExpression { Kind: HclLiteralKind.String } text => Escape(text.Value),
        HclLiteralExpression { Kind: HclLiteralKind.Number or HclLiteralKind.Boolean } value => NumberText(value),
        HclTemplateExpression template => Template(file, template),
        HclTemplateWrapExpression wrap => StringPart(file, wrap.Wrapped),
        HclLiteralExpression { Kind: HclLiteralKind.Null } => "null",
        HclConditionalExpression conditional => Conditional(file, conditional),
        HclTemplateJoinExpression join => Join(file, join.Loop),
        _ => Wrap(file, part),
    };

    private static string NumberText(HclLiteralExpression value) => value.Kind == HclLiteralKind.Number
        ? decimal.Parse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
        : value.Value;

    /// <summary>hcl2json writes every conditional inside a template as a directive, <c>${a ? b : c}</c> included.</summary>
    private static string Conditional(HclFile file, HclConditionalExpression conditional)
    {
        var whenFalse = StringPart(file, conditional.FalseResult);
        return "%{if " + file.SourceOf(conditional.Condition.Range) + "}" + StringPart(file, conditional.TrueResult)
            + (whenFalse.Length > 0 ? "%{else}" + whenFalse : string.Empty) + "%{endif}";
    }

    private static string Join(HclFile file, HclForExpression loop) =>
        "%{for " + (loop.KeyVariable is null ? string.Empty : loop.KeyVariable + ", ") + loop.ValueVariable + " in "
        + file.SourceOf(loop.Collection.Range) + "}" + StringPart(file, loop.ValueExpression) + "%{endfor}";

    private static string Wrap(HclFile file, HclExpression expression) => "${" + file.SourceOf(expression.Range) + "}";

    /// <summary>Whether two JSON trees are equal, numbers compared by value (1e3 equals 1000).</summary>
    public static bool SameShape(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (JsonObject a, JsonObject b):
                return a.Count == b.Count && a.All(p => b.ContainsKey(p.Key) && SameShape(p.Value, b[p.Key]));
            case (JsonArray a, JsonArray b):
                return a.Count == b.Count && a.Zip(b).All(p => SameShape(p.First, p.Second));
            case (JsonValue a, JsonValue b):
                var x = JsonSerializer.SerializeToElement(a);
                var y = JsonSerializer.SerializeToElement(b);
                if (x.ValueKind == JsonValueKind.Number && y.ValueKind == JsonValueKind.Number)
                {
                    return x.GetDouble().Equals(y.GetDouble());
                }

                return x.ValueKind == y.ValueKind && x.ToString() == y.ToString();
            default:
                return false;
        }
    }
}
