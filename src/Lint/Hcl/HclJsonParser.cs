using System.Globalization;
using System.Text;

namespace IacTest.Lint.Hcl;

/// <summary>
/// Reads HCL's JSON syntax (<c>.tf.json</c>) into the same body model as native syntax, with positions, and reports
/// syntax errors worded as HCL's JSON parser words them. Properties the schema names are blocks (labels nest as
/// properties, a list of objects is several blocks); the others are arguments whose values are literal expressions.
/// A property named <c>//</c> is a comment, as in Terraform.
/// </summary>
public static class HclJsonParser
{
    /// <summary>Parses a JSON configuration file with the Terraform schema.</summary>
    public static HclFile ParseConfig(string text, string fileName) => ParseConfig(text, fileName, HclJsonSchema.Terraform);

    /// <summary>Parses a JSON configuration file with the given schema of blocks.</summary>
    public static HclFile ParseConfig(string text, string fileName, HclJsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schema);
        var reader = new JsonSyntaxReader(text);
        var root = reader.ReadDocument();
        var diagnostics = new List<HclDiagnostic>(reader.Diagnostics);
        var body = new HclBody([], [], HclRange.At(HclPosition.Start), HclRange.At(HclPosition.Start));
        if (root is JsonSyntaxObject obj)
        {
            body = Body(obj, schema, diagnostics);
        }
        else if (root is JsonSyntaxArray { Items.Count: > 0 } list && list.Items.All(i => i is JsonSyntaxObject))
        {
            // A list of objects is one body in parts, as HCL reads it.
            var parts = list.Items.Cast<JsonSyntaxObject>().Select(o => Body(o, schema, diagnostics)).ToArray();
            body = new HclBody(parts.SelectMany(p => p.Attributes).ToArray(), parts.SelectMany(p => p.Blocks).ToArray(), list.Range, HclRange.At(list.Range.End));
        }
        else if (root is not null && diagnostics.Count == 0)
        {
            diagnostics.Add(new HclDiagnostic("Root value must be object", "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.", root.Range));
        }

        return new HclFile(fileName, text, body, diagnostics, []);
    }

    private static HclBody Body(JsonSyntaxObject obj, HclJsonSchema schema, List<HclDiagnostic> diagnostics)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        foreach (var property in obj.Properties)
        {
            if (property.Name == "//")
            {
                continue;
            }

            if (schema.TryGetBlock(property.Name, out var labels, out var content))
            {
                AddBlocks(property.Name, property.NameRange, [], property.Value, labels, content, blocks, diagnostics);
            }
            else if (attributes.FirstOrDefault(a => a.Name == property.Name) is { } existing)
            {
                diagnostics.Add(new HclDiagnostic("Duplicate argument", $"The argument \"{property.Name}\" was already set at {existing.NameRange}.", property.NameRange));
            }
            else
            {
                attributes.Add(new HclAttribute(property.Name, Expression(property.Value), HclRange.Between(property.NameRange, property.Value.Range), property.NameRange, property.ColonRange));
            }
        }

        return new HclBody(attributes, blocks, obj.Range, HclRange.At(obj.Range.End));
    }

    private static void AddBlocks(string type, HclRange typeRange, List<HclBlockLabel> labels, JsonSyntaxValue value, int labelsLeft, HclJsonSchema content, List<HclBlock> blocks, List<HclDiagnostic> diagnostics)
    {
        if (value is JsonSyntaxArray array)
        {
            foreach (var item in array.Items)
            {
                AddBlocks(type, typeRange, labels, item, labelsLeft, content, blocks, diagnostics);
            }

            return;
        }

        if (value is not JsonSyntaxObject obj)
        {
            var expected = labelsLeft > 0 ? $"a JSON object whose property names are the \"{type}\" block labels" : $"a JSON object for the \"{type}\" block's content";
            diagnostics.Add(new HclDiagnostic("Incorrect JSON value type", $"Expected {expected}.", value.Range));
            return;
        }

        if (labelsLeft == 0)
        {
            var body = Body(obj, content, diagnostics);
            blocks.Add(new HclBlock(type, labels.ToArray(), body, typeRange, obj.OpenRange, obj.CloseRange));
            return;
        }

        foreach (var property in obj.Properties)
        {
            var next = new List<HclBlockLabel>(labels) { new(property.Name, property.NameRange) };
            AddBlocks(type, typeRange, next, property.Value, labelsLeft - 1, content, blocks, diagnostics);
        }
    }

    private static HclExpression Expression(JsonSyntaxValue value) => value switch
    {
        JsonSyntaxObject obj => new HclObjectExpression(
            obj.Properties.Select(p => new HclObjectItem(
                new HclObjectKeyExpression(new HclTemplateExpression([new HclLiteralExpression(HclLiteralKind.String, p.Name, p.NameRange)], p.NameRange), false),
                Expression(p.Value))).ToArray(),
            obj.Range),
        JsonSyntaxArray array => new HclTupleExpression(array.Items.Select(Expression).ToArray(), array.Range),
        JsonSyntaxScalar { Kind: HclLiteralKind.String } text =>
            new HclTemplateExpression([new HclLiteralExpression(HclLiteralKind.String, text.Value, text.Range)], text.Range),
        JsonSyntaxScalar scalar => new HclLiteralExpression(scalar.Kind, scalar.Value, scalar.Range),
        _ => new HclLiteralExpression(HclLiteralKind.Unknown, string.Empty, value.Range),
    };
}
