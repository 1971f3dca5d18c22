using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>
/// The Ansible family's rules: ansible-lint's rules, on playbooks, task files, roles and collections.
/// The one place a rule of the family is listed, explicitly so the list survives trimming and Native AOT; the
/// engine's catalog (<c>BuiltInRules</c>) is every family's list, and the family's configuration reads this one.
/// </summary>
public static class AnsibleRules
{
    private static readonly Lazy<RuleCatalog> FamilyCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The family's rules as a catalog, for its configuration files, which name only its rules.</summary>
    public static RuleCatalog Catalog => FamilyCatalog.Value;

    /// <summary>A fresh instance of every rule of the family.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        new CommandInsteadOfModuleRule(),
        new CommandInsteadOfShellRule(),
        new DeprecatedBareVarsRule(),
        new DeprecatedLocalActionRule(),
        new DeprecatedModuleRule(),
        new FqcnRule(),
        new IgnoreErrorsRule(),
        new InlineEnvVarRule(),
        new JinjaRule(),
        new KeyOrderRule(),
        new LatestRule(),
        new LiteralCompareRule(),
        new LoopVarPrefixRule(),
        new MetaIncorrectRule(),
        new MetaNoInfoRule(),
        new MetaNoTagsRule(),
        new MetaVideoLinksRule(),
        new NameRule(),
        new NoChangedWhenRule(),
        new NoFreeFormRule(),
        new NoHandlerRule(),
        new NoJinjaWhenRule(),
        new NoRelativePathsRule(),
        new NoTabsRule(),
        new PackageLatestRule(),
        new PartialBecomeRule(),
        new PlaybookExtensionRule(),
        new RiskyFilePermissionsRule(),
        new RiskyOctalRule(),
        new RiskyShellPipeRule(),
        new RoleNameRule(),
        new RunOnceRule(),
        new SchemaRule(),
        new VarNamingRule(),
    ];
}
