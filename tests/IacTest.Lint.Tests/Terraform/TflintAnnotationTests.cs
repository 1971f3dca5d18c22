using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// tflint's annotations, as its user guide describes them: <c>tflint-ignore</c> on the line of the issue or the line
/// above, rules separated by commas, <c>all</c>, a reason after a second comment marker, <c>//</c> comments, and
/// <c>tflint-ignore-file</c> only at the top of the file.
/// </summary>
public sealed class TflintAnnotationTests
{
    private const string Rule = "terraform_deprecated_interpolation";

    private static string[] Findings(string text) =>
        LintHarness.Lint("main.tf", text, Rule, "terraform_typed_variables").Select(d => $"{d.Line}:{d.Column} {d.Rule}").ToArray();

    [Fact]
    public void An_annotation_on_the_line_above_ignores_the_issue()
    {
        Findings("resource \"aws_instance\" \"web\" {\n  # tflint-ignore: terraform_deprecated_interpolation\n  ami = \"${var.ami}\"\n}\n")
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_annotation_on_the_same_line_ignores_the_issue()
    {
        Findings("resource \"aws_instance\" \"web\" {\n  ami = \"${var.ami}\" # tflint-ignore: terraform_deprecated_interpolation\n}\n")
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_annotation_two_lines_above_does_not_reach_the_issue()
    {
        Findings("resource \"aws_instance\" \"web\" {\n  # tflint-ignore: terraform_deprecated_interpolation\n  instance_type = \"t3.micro\"\n  ami = \"${var.ami}\"\n}\n")
            .ShouldBe(["4:9 terraform_deprecated_interpolation"]);
    }

    [Fact]
    public void An_annotation_ignores_only_the_rules_it_names()
    {
        Findings("# tflint-ignore: terraform_typed_variables\nvariable \"ami\" { default = \"${local.ami}\" }\n")
            .ShouldBe(["2:28 terraform_deprecated_interpolation"]);
    }

    [Theory]
    [InlineData("# tflint-ignore: terraform_typed_variables, terraform_deprecated_interpolation")]
    [InlineData("# tflint-ignore: all")]
    [InlineData("# tflint-ignore: all # the AMI comes from a 0.11 pipeline")]
    [InlineData("// tflint-ignore: terraform_typed_variables,terraform_deprecated_interpolation // legacy")]
    [InlineData("/* tflint-ignore: all */")]
    public void A_list_all_a_reason_and_other_comment_styles_are_read(string annotation)
    {
        Findings(annotation + "\nvariable \"ami\" { default = \"${local.ami}\" }\n").ShouldBeEmpty();
    }

    [Fact]
    public void An_annotation_with_a_reason_does_not_read_the_reason_as_a_rule()
    {
        // The reason names typed-variables: only the rule before the second '#' is ignored.
        Findings("# tflint-ignore: terraform_deprecated_interpolation # not terraform_typed_variables\nvariable \"ami\" { default = \"${local.ami}\" }\n")
            .ShouldBe(["2:1 terraform_typed_variables"]);
    }

    [Fact]
    public void A_file_annotation_at_the_top_ignores_the_rule_in_the_whole_file()
    {
        Findings("# tflint-ignore-file: terraform_deprecated_interpolation\n\nresource \"aws_instance\" \"web\" {\n  ami = \"${var.ami}\"\n}\n\nresource \"aws_instance\" \"db\" {\n  ami = \"${var.ami}\"\n}\n")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_file_annotation_below_the_top_is_an_error_at_its_position_and_ignores_nothing()
    {
        // Given
        const string text = "resource \"aws_instance\" \"web\" {\n  # tflint-ignore-file: terraform_deprecated_interpolation\n  ami = \"${var.ami}\"\n}\n";

        // When
        var diagnostics = LintHarness.Lint("main.tf", text, Rule);

        // Then
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Severity}").ShouldBe([$"2:3 {EngineRules.ConfigCode} Error", "3:9 IAC0701 Warning"]);
        diagnostics[0].Message.ShouldBe("tflint-ignore-file annotation must be written at the top of file");
    }

    [Fact]
    public void Yaml_suppression_comments_do_not_apply_to_hcl()
    {
        Findings("resource \"aws_instance\" \"web\" {\n  ami = \"${var.ami}\" # noqa: terraform_deprecated_interpolation\n}\n")
            .ShouldBe(["2:9 terraform_deprecated_interpolation"]);
    }
}
