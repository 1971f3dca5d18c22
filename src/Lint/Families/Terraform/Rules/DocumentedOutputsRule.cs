using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_documented_outputs</c>: every output has a description.</summary>
internal sealed class DocumentedOutputsRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0705";

    /// <inheritdoc />
    public override string Name => "terraform_documented_outputs";

    /// <inheritdoc />
    public override string Title => "Disallow `output` declarations without description";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "documentation"];

    /// <inheritdoc />
    public override string Description =>
        "An output is the interface of a module: without a `description`, users must read the code to know what it holds. An empty description counts as none. Reported at the `output \"name\"` line. Off by default, as in tflint (not in the `recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "output \"web_address\" {\n  value = aws_instance.web.private_ip\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "output \"web_address\" {\n  description = \"The private address of the web server.\"\n  value       = aws_instance.web.private_ip\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var block in file.Body.BlocksOfType("output"))
        {
            if (block.Labels.Count > 0 && !DescriptionAttribute.IsPresent(block))
            {
                Report(context, DefinitionRange(context, block), $"`{block.Labels[0].Value}` output has no description");
            }
        }
    }
}
