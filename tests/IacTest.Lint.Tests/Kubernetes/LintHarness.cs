using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>Runs rules over text or fixture files and renders findings as <c>line:column name</c>.</summary>
internal static class LintHarness
{
    public static string FixturesRoot { get; } = FindFixtures();

    public static IReadOnlyList<LintDiagnostic> Lint(string path, string text, params string[] rules) => Lint(path, text, new LintConfiguration(), rules);

    public static IReadOnlyList<LintDiagnostic> Lint(string path, string text, LintConfiguration configuration, params string[] rules)
    {
        var catalog = rules.Length == 0
            ? BuiltInRules.Catalog
            : new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => rules.Contains(r.Name) || rules.Contains(r.Code)));
        return new LintEngine(catalog).LintText(path, text, Enabling(configuration, rules)).Diagnostics;
    }

    public static IReadOnlyList<LintDiagnostic> LintFixture(string relativePath, LintConfiguration? configuration = null, params string[] rules)
    {
        var path = Path.Combine(FixturesRoot, relativePath);
        var catalog = rules.Length == 0
            ? BuiltInRules.Catalog
            : new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => rules.Contains(r.Name) || rules.Contains(r.Code)));
        return new LintEngine(catalog).LintPath(path, Enabling(configuration ?? new LintConfiguration(), rules)).Diagnostics;
    }

    // Rules named explicitly run even when they are off by default (kube-linter's opt-in checks).
    private static LintConfiguration Enabling(LintConfiguration configuration, string[] rules)
    {
        foreach (var rule in rules)
        {
            configuration.For(rule).Enabled ??= true;
        }

        return configuration;
    }

    public static string[] Render(IEnumerable<LintDiagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ToArray();

    private static string FindFixtures()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "IacTest.Lint.Tests", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/IacTest.Lint.Tests/Fixtures not found above " + AppContext.BaseDirectory);
    }
}
