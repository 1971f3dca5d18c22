using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

public sealed class RuleExamplesTests
{
    private static readonly RuleFamily[] Families = [RuleFamily.Kubernetes, RuleFamily.Compose, RuleFamily.Secrets];

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules.Where(r => Families.Contains(r.Family)))
        {
            data.Add(rule.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Bad_example_is_reported_and_good_example_is_clean(string code)
    {
        // Given
        var rule = BuiltInRules.Catalog.Find(code)!;
        var fileName = rule.ExamplePath;
        var configuration = new LintConfiguration();
        foreach (var (name, value) in rule.ExampleOptions)
        {
            configuration.For(code).Options[name] = value;
        }

        // When
        var bad = LintHarness.Lint(fileName, rule.BadExample, configuration, code).Where(d => d.Code == code).ToArray();
        var good = LintHarness.Lint(fileName, rule.GoodExample, configuration, code).Where(d => d.Code == code).ToArray();

        // Then
        bad.ShouldNotBeEmpty();
        good.ShouldBeEmpty();
        rule.Description.Length.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Codes_are_unique_and_in_the_family_ranges()
    {
        var rules = BuiltInRules.Catalog.Rules.Where(r => Families.Contains(r.Family)).ToArray();
        rules.Select(r => r.Code).Distinct().Count().ShouldBe(rules.Length);
        foreach (var rule in rules)
        {
            var prefix = rule.Family switch { RuleFamily.Kubernetes => "IAC04", RuleFamily.Compose => "IAC05", _ => "IAC06" };
            rule.Code.ShouldStartWith(prefix);
        }
    }
}
