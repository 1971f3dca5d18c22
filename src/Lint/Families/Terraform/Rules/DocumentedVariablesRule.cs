using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_documented_variables</c>: every variable has a description.</summary>
internal sealed class DocumentedVariablesRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0704";

    /// <inheritdoc />
    public override string Name => "terraform_documented_variables";

    /// <inheritdoc />
    public override string Title => "Disallow `variable` declarations without description";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "documentation"];

    /// <inheritdoc />
    public override string Description =>
        "A variable is the interface of a module: without a `description`, users must read the code to know what to pass. An empty description counts as none. Reported at the `variable \"name\"` line. Off by default, as in tflint (not in the `recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "variable \"instance_type\" {\n  type    = string\n  default = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "variable \"instance_type\" {\n  description = \"The EC2 instance type of the web servers.\"\n  type        = string\n  default     = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var block in file.Body.BlocksOfType("variable"))
        {
            if (block.Labels.Count > 0 && !DescriptionAttribute.IsPresent(block))
            {
                Report(context, DefinitionRange(context, block), $"`{block.Labels[0].Value}` variable has no description");
            }
        }
    }
}
