using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_typed_variables</c>: every variable declares its type.</summary>
internal sealed class TypedVariablesRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0703";

    /// <inheritdoc />
    public override string Name => "terraform_typed_variables";

    /// <inheritdoc />
    public override string Title => "Disallow `variable` declarations without type";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "interface", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "A variable without `type` accepts any value, so a caller's mistake shows up far from its cause, and the "
        + "module's interface does not say what it expects. Reported at the `variable \"name\"` line of each untyped "
        + "variable (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "variable \"instance_count\" {\n  description = \"How many web servers to run.\"\n  default     = 2\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "variable \"instance_count\" {\n  description = \"How many web servers to run.\"\n  type        = number\n  default     = 2\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var variable in file.Body.BlocksOfType("variable"))
        {
            if (variable.Labels.Count > 0 && variable.Body.Attribute("type") is null)
            {
                Report(context, DefinitionRange(context, variable), $"`{variable.Labels[0].Value}` variable has no type");
            }
        }
    }
}
