using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The Terraform family's rules: tflint's terraform_* rules and terraform fmt, on Terraform files.
/// The one place a rule of the family is listed, explicitly so the list survives trimming and Native AOT; the
/// engine's catalog (<c>BuiltInRules</c>) is every family's list, and the family's configuration reads this one.
/// </summary>
public static class TerraformRules
{
    private static readonly Lazy<RuleCatalog> FamilyCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The family's rules as a catalog, for its configuration files, which name only its rules.</summary>
    public static RuleCatalog Catalog => FamilyCatalog.Value;

    /// <summary>A fresh instance of every rule of the family.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        new CommentSyntaxRule(),
        new DeprecatedIndexRule(),
        new DeprecatedInterpolationRule(),
        new DocumentedOutputsRule(),
        new DocumentedVariablesRule(),
        new EmptyListEqualityRule(),
        new FmtRule(),
        new TypedVariablesRule(),
        new DeprecatedLookupRule(),
        new JsonSyntaxRule(),
        new MapDuplicateKeysRule(),
        new ModuleCallRule(),
        new ModulePinnedSourceRule(),
        new ModuleShallowCloneRule(),
        new ModuleVersionRule(),
        new NamingConventionRule(),
        new RequiredProvidersRule(),
        new RequiredVersionRule(),
        new StandardModuleStructureRule(),
        new UnusedDeclarationsRule(),
        new UnusedRequiredProvidersRule(),
        new WorkspaceRemoteRule(),
    ];
}
