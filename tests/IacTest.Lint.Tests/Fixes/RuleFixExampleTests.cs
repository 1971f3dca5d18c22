using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Fixes;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Fixes;

/// <summary>Every rule that says it fixes itself fixes its own problematic example: the fix removes the finding and keeps the data.</summary>
public sealed class RuleFixExampleTests
{
    public static TheoryData<string> FixableRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules.Where(r => r.FixesAutomatically))
        {
            data.Add(rule.Code);
        }

        return data;
    }

    [Fact]
    public void The_rules_with_a_mechanical_fix_are_the_documented_ones()
    {
        BuiltInRules.Catalog.Rules.Where(r => r.FixesAutomatically).Select(r => r.Name).Order(StringComparer.Ordinal).ShouldBe(
        [
            "comments", "document-start", "empty-lines", "fqcn", "indentation", "new-line-at-end-of-file", "new-lines",
            "quoted-strings", "trailing-spaces", "truthy",
        ]);
    }

    [Theory]
    [MemberData(nameof(FixableRules))]
    public void Fixing_the_problematic_example_leaves_no_finding_of_the_rule(string code)
    {
        // Given the rule's problematic example under the options it is written for
        var rule = BuiltInRules.Catalog.Find(code)!;
        var configuration = new LintConfiguration();
        var settings = configuration.For(rule.Name);
        settings.Enabled = true;
        foreach (var (name, value) in rule.ExampleOptions)
        {
            settings.Options[name] = value;
        }

        var engine = new LintEngine();
        engine.LintText(rule.ExamplePath, rule.BadExample, configuration).Diagnostics.ShouldContain(d => d.Code == code);

        // When it is fixed
        var result = new LintFixer(engine).Fix(rule.ExamplePath, rule.BadExample, configuration);

        // Then the rule finds nothing, and only the FQCN fix changes what the file loads to
        result.Changed.ShouldBeTrue();
        result.Remaining.Where(d => d.Code == code).ShouldBeEmpty();
        if (rule.Name != "fqcn")
        {
            YamlData.Of(result.Text).ShouldBe(YamlData.Of(rule.BadExample));
        }
        else
        {
            FixerHarness.DataWithoutFqcn(result.Text).ShouldBe(YamlData.Of(rule.BadExample));
        }
    }
}
