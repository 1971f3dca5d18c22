using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_required_version</c>: the module states which Terraform versions it works with.</summary>
internal sealed class RequiredVersionRule : TerraformModuleRule
{
    private const string Message = "terraform \"required_version\" attribute is required";

    /// <inheritdoc />
    public override string Code => "IAC0716";

    /// <inheritdoc />
    public override string Name => "terraform_required_version";

    /// <inheritdoc />
    public override string Title => "Disallow `terraform` declarations without require_version";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "reproducibility", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "Without `required_version` in a `terraform` block, any Terraform may apply the module, including one that "
        + "reads it differently or upgrades its state beyond what the team's other tools read. One `required_version` "
        + "anywhere in the module's `.tf`/`.tf.json` files is enough. Reported, once per module, at the first "
        + "`terraform` block; without one, at the first line of the module's only file, else of `terraform.tf`, else "
        + "of `main.tf` — where tflint names a `terraform.tf` the module does not have, at the first line of the "
        + "module's first file by name (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "terraform {\n  backend \"s3\" {}\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "terraform {\n  required_version = \">= 1.6\"\n  backend \"s3\" {}\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        var blocks = module.Files.SelectMany(f => f.Hcl.Body.BlocksOfType("terraform").Select(b => (File: f, Block: b))).ToArray();
        if (blocks.Any(b => b.Block.Body.Attribute("required_version") is not null))
        {
            return;
        }

        if (blocks.Length > 0)
        {
            check.Report(blocks[0].File, blocks[0].File.DefinitionRange(blocks[0].Block), Message);
            return;
        }

        var anchor = module.Files.Count == 1 ? module.Files[0] : Anchor(module.Files, "terraform.tf", "main.tf");
        check.Report(anchor, HclRange.At(HclPosition.Start), Message);
    }
}
