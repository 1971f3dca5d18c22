using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_module_pinned_source</c>: Git and Mercurial module sources pinned to a revision.</summary>
internal sealed partial class ModulePinnedSourceRule : TerraformRule
{
    /// <summary>The option that chooses how strict a pin must be: <c>flexible</c> or <c>semver</c>.</summary>
    public const string StyleOption = "style";

    /// <summary>The option listing the branch names that do not count as a pin in the flexible style.</summary>
    public const string DefaultBranchesOption = "default_branches";

    /// <inheritdoc />
    public override string Code => "IAC0711";

    /// <inheritdoc />
    public override string Name => "terraform_module_pinned_source";

    /// <inheritdoc />
    public override string Title => "Disallow specifying a git or mercurial repository as a module source without pinning to a version";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "reproducibility", "recommended"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(StyleOption, RuleOptionType.String, "flexible", "`flexible`: any `ref`/`rev` but a default branch pins; `semver`: the `ref`/`rev` must be a semantic version.")
        {
            AllowedValues = ["flexible", "semver"],
        },
        new(DefaultBranchesOption, RuleOptionType.StringList, new[] { "master", "main", "default", "develop" }, "Branch names that do not pin a source in the `flexible` style."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "A module fetched from Git or Mercurial without `?ref=` (`?rev=` for Mercurial) follows whatever the default "
        + "branch holds today, so the same configuration plans differently tomorrow. Sources are recognized as "
        + "Terraform's installer does: `git::` and `hg::` prefixes, `github.com/…` and `bitbucket.org/…` shorthands and "
        + "`git@host:path` addresses; registry, local and plain HTTP sources are not checked. With `style = \"semver\"` "
        + "the pin must be a semantic version (`v1.2.0`). Reported at the `source` value (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "module \"network\" {\n  source = \"git::https://git.example.com/infra/network.git\"\n}\n\nmodule \"dns\" {\n  source = \"github.com/example/terraform-dns?ref=main\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "module \"network\" {\n  source = \"git::https://git.example.com/infra/network.git?ref=v1.4.0\"\n}\n\nmodule \"dns\" {\n  source = \"github.com/example/terraform-dns?ref=2f1c9ab\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var style = context.Options.String(StyleOption) ?? "flexible";
        var branches = context.Options.List(DefaultBranchesOption);
        foreach (var module in file.Body.BlocksOfType("module"))
        {
            if (module.Body.Attribute("source") is not { } attribute || ExpressionValues.AsString(attribute.Expression) is not { } source
                || ModuleSourceAddress.VersionControl(source) is null)
            {
                continue;
            }

            var range = attribute.Expression.Range;
            if (ModuleSourceAddress.Host(source).Length == 0)
            {
                Report(context, range, $"Module source \"{source}\" is not a valid URL");
                continue;
            }

            var query = ModuleSourceAddress.Query(source);
            var (key, revision) = query.TryGetValue("ref", out var reference) && reference.Length > 0 ? ("ref", reference)
                : query.TryGetValue("rev", out var rev) && rev.Length > 0 ? ("rev", rev)
                : (null, null);
            if (key is null || revision is null)
            {
                Report(context, range, $"Module source \"{source}\" is not pinned");
            }
            else if (style == "semver" && !SemanticVersion().IsMatch(revision))
            {
                Report(context, range, $"Module source \"{source}\" uses a {key} which is not a semantic version string");
            }
            else if (style != "semver" && branches.FirstOrDefault(b => b == revision) is { } branch)
            {
                Report(context, range, $"Module source \"{source}\" uses a default branch as {key} ({branch})");
            }
        }
    }

    // The versions Masterminds' semver parser accepts: an optional v, one to three numbers, pre-release and build parts.
    [GeneratedRegex(@"^v?[0-9]+(\.[0-9]+)?(\.[0-9]+)?(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemanticVersion();
}
