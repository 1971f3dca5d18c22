using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_unused_required_providers</c>: <c>required_providers</c> entries the module never uses.</summary>
internal sealed class UnusedRequiredProvidersRule : TerraformModuleRule
{
    /// <inheritdoc />
    public override string Code => "IAC0719";

    /// <inheritdoc />
    public override string Name => "terraform_unused_required_providers";

    /// <inheritdoc />
    public override string Title => "Check that all `required_providers` are used in the module";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "maintainability"];

    /// <inheritdoc />
    public override string Description =>
        "A provider listed in `required_providers` that no resource, data source, `provider` block, module call or "
        + "provider function of the module uses still makes `terraform init` download it and constrains callers' "
        + "versions for nothing. Uses are looked for in every `.tf` and `.tf.json` file of the module's folder. "
        + "Reported at the entry. Off by default (in the `all` preset), as in tflint.";

    /// <inheritdoc />
    public override string BadExample => "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n    null = {\n      source  = \"hashicorp/null\"\n      version = \"~> 3.2\"\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"example-logs\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"example-logs\"\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        var used = ProviderReferences.Of(module.Files);
        foreach (var (file, entry) in RequiredProvidersBlock.Of(module.Files))
        {
            if (!used.ContainsKey(entry.Name))
            {
                check.Report(file, entry.Range, $"provider '{entry.Name}' is declared in required_providers but not used by the module");
            }
        }
    }
}
