using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// A rule of tflint's Terraform ruleset: it reads the parsed HCL of a file that parses (tflint runs no rule on a file
/// with syntax errors) and reports at HCL ranges.
/// </summary>
internal abstract class TerraformRule : LintRule
{
    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Terraform;

    /// <inheritdoc />
    public override string ExamplePath => "main.tf";

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <summary>
    /// Whether the rule also reads variable definitions files (<c>.tfvars</c>). Default: no — tflint's ruleset reads
    /// the module's configuration files only.
    /// </summary>
    protected virtual bool ReadsVariableFiles => false;

    /// <summary>Whether the rule also reads HCL's JSON form (<c>.tf.json</c>), which has no comments and no templates to check.</summary>
    protected virtual bool ReadsJson => true;

    /// <inheritdoc />
    public sealed override void Check(RuleContext context)
    {
        var path = context.File.Path;
        if (context.File.Hcl is not { IsValid: true } hcl
            || (!ReadsVariableFiles && path.EndsWith(".tfvars", StringComparison.Ordinal))
            || (!ReadsJson && SourceLanguages.IsHclJson(path)))
        {
            return;
        }

        Check(context, hcl);
    }

    /// <summary>Checks one parsed HCL file.</summary>
    protected abstract void Check(RuleContext context, HclFile file);

    /// <summary>
    /// Where tflint reports a block: HCL's definition range, which is the type and labels in native syntax and the
    /// brace that opens the block's body in JSON.
    /// </summary>
    protected static HclRange DefinitionRange(RuleContext context, HclBlock block) =>
        SourceLanguages.IsHclJson(context.File.Path) ? block.OpenBraceRange : block.DefinitionRange;

    /// <summary>Reports at the start of an HCL range, as tflint positions an issue.</summary>
    protected static void Report(RuleContext context, HclRange range, string message) =>
        context.Report(range.Start.Line, range.Start.Column, message);
}
