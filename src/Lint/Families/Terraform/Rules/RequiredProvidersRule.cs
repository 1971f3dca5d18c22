using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_required_providers</c>: every provider the module uses has a source and a version constraint.</summary>
internal sealed class RequiredProvidersRule : TerraformModuleRule
{
    /// <summary>The option that asks for <c>source</c> in each entry.</summary>
    public const string SourceOption = "source";

    /// <summary>The option that asks for <c>version</c> in each entry.</summary>
    public const string VersionOption = "version";

    /// <inheritdoc />
    public override string Code => "IAC0715";

    /// <inheritdoc />
    public override string Name => "terraform_required_providers";

    /// <inheritdoc />
    public override string Title => "Require that all providers have version constraints through required_providers";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "reproducibility", "recommended"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(SourceOption, RuleOptionType.Boolean, true, "Require `source` in each `required_providers` entry."),
        new(VersionOption, RuleOptionType.Boolean, true, "Require `version` in each `required_providers` entry."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Every provider the module uses — by a resource or data source type, a `provider` argument or block, a module "
        + "call's `providers`, or a provider function — needs an entry in `terraform { required_providers { … } }` with "
        + "`source` and `version`, or `terraform init` picks any version. Reported at the last place that uses a "
        + "provider without an entry; at the entry when it lacks `source` or `version` or is a legacy version string; "
        + "and at a `provider` block that sets `version` itself. The built-in `terraform` provider needs no entry. The "
        + "rule reads every `.tf` and `.tf.json` file of the module's folder (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "terraform {\n  required_providers {\n    aws = \"~> 5.0\"\n  }\n}\n\nprovider \"random\" {\n  version = \"3.6.0\"\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"example-logs\"\n}\n\nresource \"random_id\" \"suffix\" {\n  byte_length = 4\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n    random = {\n      source  = \"hashicorp/random\"\n      version = \"~> 3.6\"\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"example-logs\"\n}\n\nresource \"random_id\" \"suffix\" {\n  byte_length = 4\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        foreach (var file in module.Files)
        {
            foreach (var provider in file.Hcl.Body.BlocksOfType("provider").Where(p => p.Body.Attribute("version") is not null))
            {
                check.Report(file, file.DefinitionRange(provider), "provider version constraint should be specified via `required_providers`");
            }
        }

        var required = RequiredProvidersBlock.Of(module.Files).ToDictionary(e => e.Entry.Name, StringComparer.Ordinal);
        foreach (var (name, (file, range)) in ProviderReferences.Of(module.Files))
        {
            if (name == "terraform")
            {
                continue;
            }

            if (!required.TryGetValue(name, out var entry))
            {
                check.Report(file, range, $"Missing version constraint for provider \"{name}\" in `required_providers`");
                continue;
            }

            var value = entry.Entry.Expression;
            if (ExpressionValues.AsString(value) is not null)
            {
                check.Report(entry.File, value.Range, $"Legacy version constraint for provider \"{name}\" in `required_providers`");
                continue;
            }

            if (ExpressionValues.Item(value, "source") is { } source)
            {
                if (ExpressionValues.AsString(source) is { } address && IsBuiltIn(address))
                {
                    continue;
                }
            }
            else if (check.Options.Bool(SourceOption))
            {
                check.Report(entry.File, value.Range, $"Missing `source` for provider \"{name}\" in `required_providers`");
            }

            if (ExpressionValues.Item(value, "version") is null && check.Options.Bool(VersionOption))
            {
                check.Report(entry.File, value.Range, $"Missing version constraint for provider \"{name}\" in `required_providers`");
            }
        }
    }

    // terraform.io/builtin/terraform: the providers Terraform ships need no version.
    private static bool IsBuiltIn(string address) =>
        address.StartsWith("terraform.io/builtin/", StringComparison.OrdinalIgnoreCase);
}
