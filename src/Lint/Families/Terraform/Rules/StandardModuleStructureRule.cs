using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_standard_module_structure</c>: <c>main.tf</c>, <c>variables.tf</c>, <c>outputs.tf</c>, each holding its kind of block.</summary>
internal sealed class StandardModuleStructureRule : TerraformModuleRule
{
    /// <summary>The option that asks for an <c>outputs.tf</c>.</summary>
    public const string OutputsOption = "outputs";

    /// <inheritdoc />
    public override string Code => "IAC0717";

    /// <inheritdoc />
    public override string Name => "terraform_standard_module_structure";

    /// <inheritdoc />
    public override string Title => "Ensure that a module complies with the Terraform Standard Module Structure";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "structure"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(OutputsOption, RuleOptionType.Boolean, true, "Require an `outputs.tf` (or outputs somewhere) in every module."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Terraform's standard module structure keeps the entry point in `main.tf`, inputs in `variables.tf` and "
        + "outputs in `outputs.tf`, so a reader finds a module's interface without reading all of it. A `variable` or "
        + "`output` in another `.tf` file is reported at its block; JSON files, usually generated, are left alone. A "
        + "module without `main.tf`, or without `variables.tf` (or `outputs.tf`) and any variable (output), is reported "
        + "once: tflint names the missing file, which IacTest cannot report in, so the finding is at the first line of "
        + "the module's first file by name. Text linted alone, with no folder on disk, is not checked for missing "
        + "files. Off by default (in the `all` preset), as in tflint.";

    /// <inheritdoc />
    public override string BadExample => "variable \"instance_type\" {\n  type = string\n}\n\nresource \"aws_instance\" \"web\" {\n  instance_type = var.instance_type\n}\n\noutput \"web_id\" {\n  value = aws_instance.web.id\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "resource \"aws_instance\" \"web\" {\n  instance_type = var.instance_type\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        var files = module.Files;
        if (files.Count == 0)
        {
            return;
        }

        var variables = files.SelectMany(f => f.Hcl.Body.BlocksOfType("variable").Where(b => b.Labels.Count == 1).Select(b => (File: f, Block: b))).ToArray();
        var outputs = files.SelectMany(f => f.Hcl.Body.BlocksOfType("output").Where(b => b.Labels.Count == 1).Select(b => (File: f, Block: b))).ToArray();
        if (module.ReadFromFolder && !files.All(f => f.IsJson))
        {
            var anchor = files[0];
            var start = HclRange.At(HclPosition.Start);
            if (files.All(f => f.Name != "main.tf"))
            {
                check.Report(anchor, start, "Module should include a main.tf file as the primary entrypoint");
            }

            if (files.All(f => f.Name != "variables.tf") && variables.Length == 0)
            {
                check.Report(anchor, start, "Module should include an empty variables.tf file");
            }

            if (check.Options.Bool(OutputsOption) && files.All(f => f.Name != "outputs.tf") && outputs.Length == 0)
            {
                check.Report(anchor, start, "Module should include an empty outputs.tf file");
            }
        }

        foreach (var (file, block) in variables.Where(v => !v.File.IsJson && v.File.Name != "variables.tf"))
        {
            check.Report(file, file.DefinitionRange(block), $"variable \"{block.Labels[0].Value}\" should be moved from {file.Name} to variables.tf");
        }

        foreach (var (file, block) in outputs.Where(o => !o.File.IsJson && o.File.Name != "outputs.tf"))
        {
            check.Report(file, file.DefinitionRange(block), $"output \"{block.Labels[0].Value}\" should be moved from {file.Name} to outputs.tf");
        }
    }
}
