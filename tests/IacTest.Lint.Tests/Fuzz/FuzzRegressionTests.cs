using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Yaml;

namespace IacTest.Lint.Tests.Fuzz;

/// <summary>
/// Every input the fuzzing found a failure with, kept under Fixtures/fuzz: each must now hold every invariant, under
/// the default rules and under every yamllint rule, and the ones yamllint has an answer for match it.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(YamllintFixtures.Root)!, "fuzz");

    public static TheoryData<string> Inputs => new(Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_found_input_holds_every_invariant(string name)
    {
        var path = Path.Combine(Folder, name);
        var bytes = File.ReadAllBytes(path);

        foreach (var configuration in new[] { new LintConfiguration(), YamllintFixtures.Configuration("all-rules") })
        {
            var result = new LintEngine().LintFiles([path], configuration).Single();

            FuzzInvariants.Violations(bytes, path, result).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("lone-cr-before-directive-comment.yml")]
    [InlineData("lone-cr-before-noqa-comment.yml")]
    public void A_lone_carriage_return_near_a_directive_comment_is_linted_like_yamllint(string name)
    {
        // yamllint 1.29.0 finds the missing document start and the comment too close to its value on line 1.
        Findings(name, new LintConfiguration()).ShouldContain("1:1 document-start warning");
        Findings(name, new LintConfiguration()).ShouldContain("1:6 comments warning");
        Findings(name, new LintConfiguration()).ShouldNotContain(f => f.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whitespace_only_file_without_a_newline_has_yamllints_two_errors()
    {
        // yamllint 1.29.0: 1:1 trailing spaces, 1:4 no new line character at the end of file.
        Findings("whitespace-only-no-newline.yml", new LintConfiguration())
            .ShouldBe(["1:1 trailing-spaces error", "1:4 new-line-at-end-of-file error"]);
    }

    [Fact]
    public void A_one_line_file_without_a_newline_has_its_missing_document_end_on_line_one()
    {
        // yamllint 1.29.0 says line 0, which no editor or build can show.
        Findings("one-line-no-newline.yml", YamllintFixtures.Configuration("all-rules")).ShouldContain("1:1 document-end error");
    }

    [Fact]
    public void A_flow_left_open_at_the_end_of_a_file_without_a_newline_is_a_syntax_error_on_its_last_line()
    {
        // yamllint 1.29.0: 1:13 syntax error: expected the node content, but found '<stream end>'.
        Findings("unclosed-flow-no-newline.yml", new LintConfiguration()).ShouldContain("1:13 syntax error");
    }

    [Fact]
    public void A_parser_failure_inside_a_flow_mapping_is_the_syntax_error_yamllint_reports()
    {
        // yamllint 1.29.0: 4:1 syntax error: expected ',' or '}', but got '<scalar>' (once runtime text leaked here).
        var syntax = Lint("flow-mapping-comment-lone-cr.yml", new LintConfiguration()).Single(d => d.Code == EngineRules.SyntaxCode);

        $"{syntax.Line}:{syntax.Column} {syntax.Message}".ShouldBe("4:1 syntax error: expected ',' or '}', but got '<scalar>'");
    }

    [Fact]
    public void An_empty_verbatim_tag_is_one_positioned_error_of_its_file()
    {
        // yamllint 1.29.0: 2:8 syntax error: expected URI, but found '>' (once a parser exception that ended the run).
        var error = Lint("empty-verbatim-tag.yml", new LintConfiguration()).Single(d => d.Severity == Severity.Error);

        $"{error.Code} {error.Line}:{error.Column} {error.Message}".ShouldBe($"{EngineRules.SyntaxCode} 2:8 syntax error: expected URI, but found '>'");
    }

    [Fact]
    public void A_playbook_of_only_a_document_start_is_reported_inside_its_one_line()
    {
        // `---` with no newline, in a playbooks folder: the empty document's root was placed one line and one column
        // past the end of the file, where the playbook-shape finding then pointed.
        var name = Path.Combine("playbooks", "document-start-only-no-newline.yml");
        var path = Path.Combine(Folder, name);

        foreach (var configuration in new[] { new LintConfiguration(), YamllintFixtures.Configuration("all-rules") })
        {
            var result = new LintEngine().LintFiles([path], configuration).Single();
            FuzzInvariants.Violations(File.ReadAllBytes(path), path, result).ShouldBeEmpty();
        }

        var finding = Lint(name, new LintConfiguration()).Single(d => d.Message.Contains("a playbook must be a list of plays", StringComparison.Ordinal));
        (finding.Line, finding.Column).ShouldBe((1, 4));
    }

    private static IReadOnlyList<LintDiagnostic> Lint(string name, LintConfiguration configuration) =>
        new LintEngine().LintPath(Path.Combine(Folder, name), configuration).Diagnostics;

    private static string[] Findings(string name, LintConfiguration configuration) =>
        Lint(name, configuration).Select(d => $"{d.Line}:{d.Column} {d.Rule} {d.Severity.ToString().ToLowerInvariant()}").ToArray();
}
