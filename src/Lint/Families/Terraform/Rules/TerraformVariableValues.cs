using System.Globalization;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The values of a module's input variables as tflint evaluates them, for the rules that evaluate expressions: each
/// declared variable's <c>default</c>, overridden in tflint's order by <c>terraform.tfvars</c>, the <c>*.auto.tfvars</c>
/// files (by name), <c>.tflint.hcl</c>'s <c>varfile</c> files and its <c>variables</c>. tflint also reads
/// <c>TF_VAR_name</c>; IacTest does not, because a build's cached findings and its lint worker depend on a fixed set of
/// environment variables, and a value that changes findings belongs in a file the cache watches. Only values
/// a map key can take are kept (a string, number or boolean, as text); a sensitive variable, one without a value, or
/// one set to anything else is unknown, and an expression that reads it is not evaluated — as tflint skips unknown and
/// sensitive values.
/// </summary>
internal static class TerraformVariableValues
{
    /// <summary>The option of an evaluating rule that carries <c>varfile</c> (full paths), set from <c>.tflint.hcl</c>.</summary>
    public const string VarfileOption = "varfile";

    /// <summary>The option of an evaluating rule that carries <c>variables</c> (<c>name=value</c>), set from <c>.tflint.hcl</c>.</summary>
    public const string VariablesOption = "variables";

    /// <summary>The known values of <paramref name="module"/>'s variables, by name.</summary>
    public static IReadOnlyDictionary<string, string> Of(TerraformModuleView module, string? folder, IReadOnlyList<string> varfiles, IReadOnlyList<string> assignments)
    {
        var declared = new Dictionary<string, (bool Sensitive, bool IsString)>(StringComparer.Ordinal);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var block in module.Files.SelectMany(f => f.Hcl.Body.BlocksOfType("variable")).Where(b => b.Labels.Count == 1))
        {
            var name = block.Labels[0].Value;
            var sensitive = ExpressionValues.AsBoolean(block.Body.Attribute("sensitive")?.Expression) == true;
            var isString = block.Body.Attribute("type")?.Expression is HclScopeTraversalExpression { RootName: "string", Steps.Count: 0 };
            declared[name] = (sensitive, isString);
            values[name] = block.Body.Attribute("default") is { } defaultValue ? Scalar(defaultValue.Expression) : null;
        }

        var files = new List<string>();
        if (folder is not null && module.ReadFromFolder)
        {
            files.Add(Path.Combine(folder, "terraform.tfvars"));
            files.AddRange(AutoLoaded(folder));
        }

        files.AddRange(varfiles);
        foreach (var file in files)
        {
            foreach (var attribute in Attributes(file))
            {
                if (declared.ContainsKey(attribute.Name))
                {
                    values[attribute.Name] = Scalar(attribute.Expression);
                }
            }
        }

        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && declared.TryGetValue(assignment[..equals], out var variable))
            {
                // Like Terraform's -var: a string variable takes the text as it is, any other parses it as an expression.
                var text = assignment[(equals + 1)..];
                values[assignment[..equals]] = variable.IsString ? text : ParseScalar(text);
            }
        }

        return values.Where(v => v.Value is not null && !declared[v.Key].Sensitive).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    /// <summary>The value of a literal string, number or boolean as a map key reads it; null for anything else.</summary>
    public static string? Scalar(HclExpression expression) => expression switch
    {
        HclLiteralExpression { Kind: HclLiteralKind.Number } number => decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("G29", CultureInfo.InvariantCulture)
            : null,
        HclLiteralExpression { Kind: HclLiteralKind.Boolean or HclLiteralKind.String } literal => literal.Value,
        HclTemplateExpression template => template.LiteralValue,
        HclParenthesesExpression parentheses => Scalar(parentheses.Inner),
        _ => null,
    };

    private static string? ParseScalar(string text)
    {
        var file = HclParser.ParseConfig($"value = {text}\n", "-var");
        return file.IsValid && file.Body.Attribute("value") is { } value ? Scalar(value.Expression) : null;
    }

    private static IEnumerable<string> AutoLoaded(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.auto.tfvars").Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // The arguments of a variable definitions file; none when it is missing or does not parse (.tflint.hcl's own check
    // reports a bad varfile, and the file's own lint a bad terraform.tfvars).
    private static IReadOnlyList<HclAttribute> Attributes(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return [];
            }

            var file = HclParser.ParseConfig(File.ReadAllText(path), Path.GetFileName(path));
            return file.IsValid ? file.Body.Attributes : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
