using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Families.Terraform.Model;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_unused_declarations</c>: variables, locals, data sources and provider aliases nothing uses.</summary>
internal sealed class UnusedDeclarationsRule : TerraformModuleRule
{
    /// <inheritdoc />
    public override string Code => "IAC0718";

    /// <inheritdoc />
    public override string Name => "terraform_unused_declarations";

    /// <inheritdoc />
    public override string Title => "Disallow variables, data sources, and locals that are declared but never used";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "maintainability", "recommended"];

    /// <inheritdoc />
    public override string Description =>
        "A variable, local value, data source (also one inside a `check` block) or aliased provider that no expression "
        + "of the module refers to is dead weight: callers set inputs that change nothing, and data sources still call "
        + "their APIs on every plan. Uses are looked for in every `.tf` and `.tf.json` file of the module's folder; a "
        + "variable's own `validation` does not count. Reported at the declaration (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "variable \"region\" {\n  type = string\n}\n\nvariable \"legacy_zone\" {\n  type = string\n}\n\nlocals {\n  name   = \"web\"\n  unused = \"left over\"\n}\n\ndata \"aws_ami\" \"ubuntu\" {\n  most_recent = true\n}\n\noutput \"summary\" {\n  value = \"${local.name} in ${var.region}\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "variable \"region\" {\n  type = string\n}\n\nlocals {\n  name = \"web\"\n}\n\noutput \"summary\" {\n  value = \"${local.name} in ${var.region}\"\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        var references = new ModuleReferences(module.Files);
        foreach (var file in module.Files)
        {
            foreach (var block in file.Hcl.Body.Blocks)
            {
                switch (block.Type)
                {
                    case "variable" when block.Labels.Count == 1 && !references.Contains($"var.{block.Labels[0].Value}"):
                        check.Report(file, file.DefinitionRange(block), $"variable \"{block.Labels[0].Value}\" is declared but not used");
                        break;
                    case "data" when block.Labels.Count == 2:
                        CheckData(check, file, block, references);
                        break;
                    case "check":
                        foreach (var data in block.Body.BlocksOfType("data").Where(d => d.Labels.Count == 2))
                        {
                            CheckData(check, file, data, references);
                        }

                        break;
                    case "locals":
                        foreach (var local in block.Body.Attributes.Where(a => !references.Contains($"local.{a.Name}")))
                        {
                            check.Report(file, local.NameRange, $"local.{local.Name} is declared but not used");
                        }

                        break;
                    case "provider" when block.Labels.Count == 1 && ExpressionValues.AsString(block.Body.Attribute("alias")?.Expression) is { } alias
                        && !references.Contains($"{block.Labels[0].Value}.{alias}"):
                        check.Report(file, file.DefinitionRange(block), $"provider \"{block.Labels[0].Value}\" with alias \"{alias}\" is declared but not used");
                        break;
                }
            }
        }
    }

    private static void CheckData(TerraformModuleCheck check, TerraformModuleFile file, HclBlock block, ModuleReferences references)
    {
        var (type, name) = (block.Labels[0].Value, block.Labels[1].Value);
        if (!references.Contains($"data.{type}.{name}"))
        {
            check.Report(file, file.DefinitionRange(block), $"data \"{type}\" \"{name}\" is declared but not used");
        }
    }
}
