using System.Text.RegularExpressions;
using IacTest.Lint.Configuration;
using IacTest.Lint.Documentation;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Rules;

namespace IacTest.Lint.Tests.Documentation;

/// <summary>
/// Every code a user can meet has a page: the rules have theirs from the rule objects, the engine's findings and the
/// SDK's build errors from <see cref="DiagnosticDocs"/>; a code written into the sources without a page fails here.
/// </summary>
public sealed partial class DiagnosticDocsTests
{
    [Fact]
    public void Every_code_below_the_rules_used_in_the_sources_has_a_page_and_every_page_a_use()
    {
        // Given the IAC codes under IAC0100 written anywhere in src/ (C#, props, targets)
        var src = Path.Combine(RuleCatalogTests.RepositoryRoot(), "src");
        var used = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("DiagnosticDocs.cs", StringComparison.Ordinal))
            .SelectMany(f => EngineCode().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var documented = DiagnosticDocs.All.Select(d => d.Code).ToArray();

        // Then each has a page, each page is of a code in use, and no code is documented twice or is also a rule's
        used.ShouldNotBeEmpty();
        used.Except(documented).ShouldBeEmpty("codes without a page: add them to DiagnosticDocs");
        documented.Except(used).ShouldBeEmpty("pages of codes no longer used");
        documented.ShouldBeUnique();
        documented.ShouldAllBe(code => BuiltInRules.Catalog.Find(code) == null);
    }

    [Fact]
    public void Each_page_is_complete_and_linked_from_the_index()
    {
        var index = RuleDocs.Generate(BuiltInRules.Catalog)["README.md"];

        foreach (var doc in DiagnosticDocs.All)
        {
            new[] { doc.Name, doc.Title, doc.ReportedBy, doc.Severity, doc.Example, doc.Fix }.ShouldAllBe(t => t.Trim().Length > 0, doc.Code);
            doc.Description.Length.ShouldBeGreaterThan(40, $"{doc.Code} needs a real description");
            doc.Output.ShouldContain($" {doc.Code}: ", Case.Sensitive, $"{doc.Code}'s output shows its code");
            index.ShouldContain($"[{doc.Code}]({DiagnosticDocs.PageName(doc)})");
        }
    }

    [Theory]
    [InlineData(EngineRules.SyntaxCode, "tasks/main.yml")]
    public void The_engine_reports_a_yaml_example_exactly_as_its_page_shows(string code, string path)
    {
        // Given the page's example
        var doc = DiagnosticDocs.All.Single(d => d.Code == code);

        // When the engine lints it
        var found = new LintEngine().LintText(path, doc.Example, new LintConfiguration()).Diagnostics;

        // Then the finding of that code prints as the page says
        found.Where(d => d.Code == code).ShouldHaveSingleItem().ToString().ShouldBe(doc.Output);
    }

    [GeneratedRegex(@"\bIAC00\d\d\b")]
    private static partial Regex EngineCode();
}
