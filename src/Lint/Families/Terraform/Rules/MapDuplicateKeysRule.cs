using System.Globalization;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_map_duplicate_keys</c>: an object constructor that sets one key twice.</summary>
internal sealed class MapDuplicateKeysRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0710";

    /// <inheritdoc />
    public override string Name => "terraform_map_duplicate_keys";

    /// <inheritdoc />
    public override string Title => "Disallow duplicate keys in a map object";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "correctness", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "In `{ a = 1, a = 2 }` the last value silently wins, so the first is dead code or, more often, a copy-paste "
        + "mistake. Keys compare by value: a bare name, a quoted string and a literal number or boolean that read the "
        + "same are the same key. Keys computed from variables or interpolations are not compared (tflint evaluates "
        + "variables with their defaults; IacTest does not evaluate). Reported at the second key, naming where the "
        + "first is (`recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "locals {\n  tags = {\n    team        = \"platform\"\n    environment = \"prod\"\n    team        = \"network\"\n  }\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "locals {\n  tags = {\n    team        = \"platform\"\n    environment = \"prod\"\n    cost_center = \"network\"\n  }\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var name = Path.GetFileName(context.File.Path);
        foreach (var expression in HclExpressions.All(file.Body))
        {
            if (expression is not HclObjectExpression obj)
            {
                continue;
            }

            var seen = new Dictionary<string, HclRange>(StringComparer.Ordinal);
            foreach (var item in obj.Items)
            {
                if (KeyValue(item.Key) is not { } key)
                {
                    continue;
                }

                if (seen.TryGetValue(key, out var first))
                {
                    Report(context, item.Key.Range, $"Duplicate key: \"{key}\", first defined at {name}:{first}");
                }
                else
                {
                    seen[key] = item.Key.Range;
                }
            }
        }
    }

    // A key's value as HCL converts it to a map key (a string); null when it is not constant.
    private static string? KeyValue(HclObjectKeyExpression key)
    {
        if (key.ConstantName is not { } constant)
        {
            return null;
        }

        return key.Wrapped is HclLiteralExpression { Kind: HclLiteralKind.Number } number
            && decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("G29", CultureInfo.InvariantCulture)
            : constant;
    }
}
