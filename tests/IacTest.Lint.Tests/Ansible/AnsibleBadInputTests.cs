using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>Malformed Ansible content gets positioned findings and never crashes the engine.</summary>
public sealed class AnsibleBadInputTests
{
    private static readonly string Bad = Path.Combine(AnsibleConformanceTests.FixtureRoot(), "bad");

    private static IReadOnlyList<(int Line, int Column, string Rule)> Lint(string file) =>
        new LintEngine().LintPath(Path.Combine(Bad, file), new LintConfiguration()).Diagnostics
            .Where(d => d.Code.StartsWith("IAC02", StringComparison.Ordinal) || d.Code.StartsWith("IAC00", StringComparison.Ordinal))
            .Select(d => (d.Line, d.Column, d.Rule)).ToList();

    [Fact]
    public void A_play_that_is_a_string_is_a_schema_finding_at_the_string()
    {
        Lint("string-play.yml").ShouldContain((5, 3, "schema[playbook]"));
    }

    [Fact]
    public void Tasks_that_are_not_a_list_are_a_schema_finding_at_the_mapping()
    {
        Lint("tasks-not-list.yml").ShouldContain((5, 5, "schema[playbook]"));
    }

    [Fact]
    public void Jinja_that_does_not_parse_is_jinja_invalid_at_the_value()
    {
        var found = Lint("bad-jinja.yml");
        found.ShouldContain((7, 1, "jinja[invalid]"));
        found.ShouldContain((11, 1, "jinja[invalid]"));
    }

    [Fact]
    public void A_merge_key_without_a_mapping_is_a_schema_finding_at_its_value()
    {
        var found = Lint("bad-merge.yml");
        found.ShouldContain((6, 11, "schema[playbook]"));
        found.ShouldContain((11, 11, "schema[playbook]"));
    }

    [Fact]
    public void No_rule_crashes_on_bad_input()
    {
        foreach (var file in Directory.EnumerateFiles(Bad, "*.yml", SearchOption.AllDirectories))
        {
            new LintEngine().LintPath(file, new LintConfiguration()).Diagnostics.ShouldNotContain(d => d.Code == EngineRules.SkippedCode);
        }
    }
}
