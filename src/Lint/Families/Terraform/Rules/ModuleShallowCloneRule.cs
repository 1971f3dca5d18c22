using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_module_shallow_clone</c>: Git module sources pinned to a tag or branch clone shallowly.</summary>
internal sealed partial class ModuleShallowCloneRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0713";

    /// <inheritdoc />
    public override string Name => "terraform_module_shallow_clone";

    /// <inheritdoc />
    public override string Title => "Require pinned Git-hosted Terraform modules to use shallow cloning";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "performance"];

    /// <inheritdoc />
    public override string Description =>
        "`terraform init` clones a Git module with its whole history unless the source asks for `depth=1`; on large "
        + "repositories that is most of the time `init` takes. Only sources pinned with `?ref=` to a tag or branch are "
        + "checked: a commit id cannot be cloned shallowly, and an unpinned source is "
        + "`terraform_module_pinned_source`'s concern. Reported at the `source` value. Off by default (in the `all` "
        + "preset only), as in tflint.";

    /// <inheritdoc />
    public override string BadExample => "module \"network\" {\n  source = \"git::https://git.example.com/infra/network.git?ref=v1.4.0\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "module \"network\" {\n  source = \"git::https://git.example.com/infra/network.git?depth=1&ref=v1.4.0\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var module in file.Body.BlocksOfType("module"))
        {
            if (module.Body.Attribute("source") is not { } attribute || ExpressionValues.AsString(attribute.Expression) is not { } source
                || ModuleSourceAddress.VersionControl(source) != "git" || ModuleSourceAddress.Host(source).Length == 0)
            {
                continue;
            }

            var query = ModuleSourceAddress.Query(source);
            if (!query.TryGetValue("ref", out var reference) || reference.Length == 0 || CommitId().IsMatch(reference)
                || (query.TryGetValue("depth", out var depth) && depth == "1"))
            {
                continue;
            }

            Report(context, attribute.Expression.Range, $"Module source \"{source}\" should enable shallow cloning by adding \"depth=1\" parameter");
        }
    }

    [GeneratedRegex("^[a-f0-9]{4,64}$")]
    private static partial Regex CommitId();
}
