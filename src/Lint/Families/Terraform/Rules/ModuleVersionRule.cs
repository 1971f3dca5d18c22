using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_module_version</c>: modules from a registry state a version.</summary>
internal sealed partial class ModuleVersionRule : TerraformRule
{
    /// <summary>The option that asks for one exact version rather than a range.</summary>
    public const string ExactOption = "exact";

    /// <inheritdoc />
    public override string Code => "IAC0712";

    /// <inheritdoc />
    public override string Name => "terraform_module_version";

    /// <inheritdoc />
    public override string Title => "Checks that Terraform modules sourced from a registry specify a version";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "reproducibility", "recommended"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(ExactOption, RuleOptionType.Boolean, false, "Require one exact version (`1.2.0` or `= 1.2.0`), not a range."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "A registry module without `version` installs the newest release, whatever it changed. Registry addresses "
        + "are `namespace/name/system` or `host/namespace/name/system`; local paths, Git, HTTP and other sources are "
        + "not checked. Reported at `module \"name\"`; with `exact = true`, a range or several constraints are reported "
        + "at `version` (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.8.1\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var exact = context.Options.Bool(ExactOption);
        foreach (var module in file.Body.BlocksOfType("module").Where(m => m.Labels.Count == 1))
        {
            var name = module.Labels[0].Value;
            if (ExpressionValues.AsString(module.Body.Attribute("source")?.Expression) is not { } source || !ModuleSourceAddress.IsRegistry(source))
            {
                continue;
            }

            var version = module.Body.Attribute("version");
            if (version is null)
            {
                Report(context, DefinitionRange(context, module), $"module \"{name}\" should specify a version");
                continue;
            }

            if (!exact || ExpressionValues.AsString(version.Expression) is not { } constraint)
            {
                continue;
            }

            var constraints = constraint.Split(',').Select(c => c.Trim()).ToArray();
            if (constraints.Length > 1)
            {
                Report(context, version.Range, $"module \"{name}\" should specify an exact version, but multiple constraints were found");
            }
            else if (!ExactVersion().IsMatch(constraints[0]))
            {
                Report(context, version.Range, $"module \"{name}\" should specify an exact version, but a range was found");
            }
        }
    }

    // tflint's exact version: an optional "=", then a full semantic version.
    [GeneratedRegex(@"^=?\s*(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    private static partial Regex ExactVersion();
}
