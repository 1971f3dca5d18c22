using static IacTest.Lint.Tests.Engine.LintHarness;

namespace IacTest.Lint.Tests.Engine;

public class SuppressionTests
{
    private const string Rule = "trailing-spaces";

    [Fact]
    public void Disable_line_inline_suppresses_that_line_only()
    {
        var text = "a: 1   # yamllint disable-line rule:trailing-spaces \nb: 2  \n";

        Positions(Run(text), Rule).ShouldBe(["2:5 trailing-spaces"]);
    }

    [Fact]
    public void Disable_line_on_its_own_line_suppresses_the_next_line()
    {
        var text = "# yamllint disable-line\na: 1  \nb: 2  \n";

        Positions(Run(text), Rule).ShouldBe(["3:5 trailing-spaces"]);
    }

    [Fact]
    public void Disable_and_enable_bracket_a_block()
    {
        var text = "a: 1  \n# yamllint disable rule:trailing-spaces\nb: 2  \n# yamllint enable rule:trailing-spaces\nc: 3  \n";

        Positions(Run(text), Rule).ShouldBe(["1:5 trailing-spaces", "5:5 trailing-spaces"]);
    }

    [Fact]
    public void Enabling_one_rule_after_disabling_all_leaves_the_others_off()
    {
        var text = "# yamllint disable\na: 1  \n# yamllint enable rule:trailing-spaces\nb: 2  \nb: 3\n";

        Positions(Run(text), Rule, "key-duplicates").ShouldBe(["4:5 trailing-spaces"]);
    }

    [Fact]
    public void A_directive_naming_another_rule_does_not_suppress()
    {
        var text = "a: 1 # yamllint disable-line rule:line-length \n";

        Positions(Run(text), Rule).ShouldBe(["1:46 trailing-spaces"]);
    }

    [Fact]
    public void Disable_file_on_the_first_line_turns_off_yaml_rules_and_syntax_errors()
    {
        var text = "# yamllint disable-file\na: 1  \nb: [\n";

        Run(text).ShouldBeEmpty();
    }

    [Fact]
    public void Noqa_with_a_yaml_sub_rule_suppresses_that_finding_as_ansible_lint_does()
    {
        var text = "a: 1 # noqa: yaml[trailing-spaces] \nb: 2 # noqa: yaml[line-length] \n";

        Positions(Run(text), Rule).ShouldBe(["2:31 trailing-spaces"]);
    }

    [Fact]
    public void A_bare_noqa_suppresses_no_yaml_finding_as_ansible_lint_does()
    {
        // ansible-lint keeps yaml[line-length] on a line ending in a bare "# noqa"; yamllint has no noqa at all.
        var text = "a: 1 # noqa \nb: 2 # noqa: \n";

        Positions(Run(text), Rule).ShouldBe(["1:12 trailing-spaces", "2:13 trailing-spaces"]);
    }

    [Fact]
    public void A_code_works_wherever_a_rule_name_does()
    {
        var text = "a: 1 # yamllint disable-line rule:IAC0122 \n";

        Positions(Run(text), Rule).ShouldBeEmpty();
    }
}
