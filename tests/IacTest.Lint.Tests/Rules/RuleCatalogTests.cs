using System.Text.RegularExpressions;
using IacTest.Lint.Configuration;
using IacTest.Lint.Documentation;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Rules;

/// <summary>Every rule is a complete, self-describing unit: unique code, documentation, and examples that prove it.</summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> AllRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            data.Add(rule.Code);
        }

        return data;
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = BuiltInRules.Catalog.Rules.Select(r => r.Code).ToList();

        codes.ShouldBeUnique();
        codes.ShouldAllBe(code => CodePattern().IsMatch(code));
        codes.ShouldNotContain(EngineRules.SyntaxCode);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Each_rule_is_documented(string code)
    {
        var rule = BuiltInRules.Catalog.Find(code)!;

        rule.Name.ShouldNotBeNullOrWhiteSpace();
        rule.Title.ShouldNotBeNullOrWhiteSpace();
        rule.Description.Length.ShouldBeGreaterThan(20, $"{rule} needs a real description");
        rule.BadExample.ShouldNotBe(rule.GoodExample);
        rule.Options.Select(o => o.Name).ShouldBeUnique();
        rule.Options.ShouldAllBe(o => o.Description.Length > 0);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Each_rule_reports_its_bad_example_and_not_its_good_example(string code)
    {
        var rule = BuiltInRules.Catalog.Find(code)!;
        var configuration = new LintConfiguration();
        configuration.For(rule.Code).Enabled = true;
        foreach (var (name, value) in rule.ExampleOptions)
        {
            configuration.For(rule.Code).Options[name] = value;
        }

        var engine = new LintEngine();

        var bad = engine.LintText(rule.ExamplePath, rule.BadExample, configuration).Diagnostics;
        var good = engine.LintText(rule.ExamplePath, rule.GoodExample, configuration).Diagnostics;

        bad.ShouldContain(d => d.Code == rule.Code, $"the bad example of {rule} must trigger it");
        good.ShouldNotContain(d => d.Code == rule.Code, $"the good example of {rule} must not trigger it");
    }

    [Fact]
    public void The_committed_rule_docs_are_up_to_date()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "rules");
        var stale = new List<string>();
        foreach (var (name, content) in RuleDocs.Generate(BuiltInRules.Catalog))
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != content.ReplaceLineEndings("\n"))
            {
                stale.Add(name);
            }
        }

        stale.ShouldBeEmpty("docs/rules is stale: run `dotnet run --project src/Cli -- rules --docs docs/rules`");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IacTest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IacTest.sln not found above the test assembly.");
    }

    [GeneratedRegex("^IAC[0-9]{4}$")]
    private static partial Regex CodePattern();
}
