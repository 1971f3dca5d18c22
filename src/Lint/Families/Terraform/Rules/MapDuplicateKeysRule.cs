using System.Globalization;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_map_duplicate_keys</c>: an object constructor that sets one key twice.</summary>
internal sealed class MapDuplicateKeysRule : TerraformRule
{
    // A key that reads variables depends on their declarations and values in the module's other files.
    private static readonly RuleReads ModuleAndVariableFiles = RuleReads.FolderFiles(".tf", ".tf.json", ".tfvars");

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
        + "same are the same key. A key that reads input variables (`(var.region)`, `\"${var.env}-db\"`) is evaluated as "
        + "tflint evaluates it: a variable's `default`, overridden by `terraform.tfvars`, `*.auto.tfvars` and "
        + "`.tflint.hcl`'s `varfile` and `variables` (not by `TF_VAR_name`, which tflint also reads); a key that reads a sensitive variable, one without a value, or "
        + "anything else (locals, resources, functions) is not compared. Reported at the second key, naming where the "
        + "first is (`recommended` preset).";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(TerraformVariableValues.VarfileOption, RuleOptionType.StringList, Array.Empty<string>(),
            "Variable definitions files whose values keys are evaluated with, after the module's own; set from `config { varfile }` of `.tflint.hcl`."),
        new(TerraformVariableValues.VariablesOption, RuleOptionType.StringList, Array.Empty<string>(),
            "`name=value` assignments that win over every file; set from `config { variables }` of `.tflint.hcl`."),
    ];

    /// <inheritdoc />
    public override RuleReads Reads => ModuleAndVariableFiles;

    /// <inheritdoc />
    public override bool ReadsOtherFilesFor(LintFile file) => file.Hcl is { IsValid: true } hcl && ReadsVariables(hcl);

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
        IReadOnlyDictionary<string, string>? variables = null;
        foreach (var expression in HclExpressions.All(file.Body))
        {
            if (expression is not HclObjectExpression obj)
            {
                continue;
            }

            var seen = new Dictionary<string, HclRange>(StringComparer.Ordinal);
            foreach (var item in obj.Items)
            {
                if (KeyValue(item.Key, () => variables ??= Variables(context)) is not { } key)
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

    // A key's value as HCL converts it to a map key (a string); null when it is not known without running Terraform.
    private static string? KeyValue(HclObjectKeyExpression key, Func<IReadOnlyDictionary<string, string>> variables)
    {
        if (key.ConstantName is not { } constant)
        {
            return ReadsVariables(key.Wrapped) ? Evaluate(key.Wrapped, variables()) : null;
        }

        return key.Wrapped is HclLiteralExpression { Kind: HclLiteralKind.Number } number
            && decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("G29", CultureInfo.InvariantCulture)
            : constant;
    }

    // The value of an expression made of literals and input variables only (var.name, a template, parentheses).
    private static string? Evaluate(HclExpression expression, IReadOnlyDictionary<string, string> variables) => expression switch
    {
        HclScopeTraversalExpression { RootName: "var", Steps: [{ IsAttribute: true, Name: { } name }] } => variables.GetValueOrDefault(name),
        HclParenthesesExpression parentheses => Evaluate(parentheses.Inner, variables),
        HclTemplateWrapExpression wrap => Evaluate(wrap.Wrapped, variables),
        HclTemplateExpression template => template.Parts.Select(p => Evaluate(p, variables)).ToArray() is var parts && parts.All(p => p is not null)
            ? string.Concat(parts)
            : null,
        _ => TerraformVariableValues.Scalar(expression),
    };

    private static bool ReadsVariables(HclFile file) =>
        HclExpressions.All(file.Body).OfType<HclObjectExpression>().Any(o => o.Items.Any(i => i.Key.ConstantName is null && ReadsVariables(i.Key.Wrapped)));

    private static bool ReadsVariables(HclExpression expression) =>
        expression is HclScopeTraversalExpression { RootName: "var" } || expression.Children.Any(ReadsVariables);

    private static IReadOnlyDictionary<string, string> Variables(RuleContext context)
    {
        var (module, checkedPath) = TerraformModuleFiles.Of(context.File);
        return TerraformVariableValues.Of(module, Path.GetDirectoryName(checkedPath), context.Options.List(TerraformVariableValues.VarfileOption),
            context.Options.List(TerraformVariableValues.VariablesOption));
    }
}
