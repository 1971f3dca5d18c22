using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>
/// The Yaml family's rules: yamllint's rules, on every YAML file.
/// The one place a rule of the family is listed, explicitly so the list survives trimming and Native AOT; the
/// engine's catalog (<c>BuiltInRules</c>) is every family's list, and the family's configuration reads this one.
/// </summary>
public static class YamlRules
{
    private static readonly Lazy<RuleCatalog> FamilyCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The family's rules as a catalog, for its configuration files, which name only its rules.</summary>
    public static RuleCatalog Catalog => FamilyCatalog.Value;

    /// <summary>A fresh instance of every rule of the family.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        new AnchorsRule(),
        new BracesRule(),
        new BracketsRule(),
        new ColonsRule(),
        new CommasRule(),
        new CommentsIndentationRule(),
        new CommentsRule(),
        new DocumentEndRule(),
        new DocumentStartRule(),
        new EmptyLinesRule(),
        new EmptyValuesRule(),
        new FloatValuesRule(),
        new HyphensRule(),
        new IndentationRule(),
        new KeyDuplicatesRule(),
        new KeyOrderingRule(),
        new LineLengthRule(),
        new NewLineAtEndOfFileRule(),
        new NewLinesRule(),
        new OctalValuesRule(),
        new QuotedStringsRule(),
        new TrailingSpacesRule(),
        new TruthyRule(),
    ];
}
