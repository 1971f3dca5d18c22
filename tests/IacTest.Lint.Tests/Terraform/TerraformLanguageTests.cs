using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// A file's language comes from its name: <c>.tf</c>, <c>.tfvars</c> and <c>.tf.json</c> are parsed as HCL, their
/// syntax errors reported where HCL finds them, and only the Terraform family's rules run on them — and never on YAML.
/// </summary>
public sealed class TerraformLanguageTests
{
    [Theory]
    [InlineData("main.tf", SourceLanguage.Hcl)]
    [InlineData("envs/prod/terraform.tfvars", SourceLanguage.Hcl)]
    [InlineData("generated/main.tf.json", SourceLanguage.Hcl)]
    [InlineData("playbook.yml", SourceLanguage.Yaml)]
    [InlineData("values.json", SourceLanguage.Yaml)]
    [InlineData("main.tf.bak", SourceLanguage.Yaml)]
    public void The_language_is_chosen_by_extension(string path, SourceLanguage expected)
    {
        SourceLanguages.Of(path).ShouldBe(expected);
    }

    [Fact]
    public void Valid_hcl_that_is_not_yaml_has_no_syntax_error()
    {
        // Given: a file no YAML parser accepts (a block with braces and labels)
        const string text = "terraform {\n  required_version = \">= 1.6\"\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n\nresource \"aws_instance\" \"web\" {\n  ami = \"ami-0c55b159cbfafe1f0\"\n}\n";

        // When
        var diagnostics = LintHarness.Lint("main.tf", text);

        // Then
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_hcl_syntax_error_is_reported_where_hcl_finds_it_and_no_rule_runs()
    {
        // Given: an attribute without a value (terraform fmt: "Invalid expression" on line 3), and a deprecated
        // interpolation a rule would report on a valid file
        const string text = "resource \"aws_instance\" \"web\" {\n  ami           = \"${var.ami}\"\n  instance_type =\n}\n";

        // When
        var diagnostics = LintHarness.Lint("main.tf", text);

        // Then
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(EngineRules.SyntaxCode);
        error.Line.ShouldBe(3);
        error.Severity.ShouldBe(Diagnostics.Severity.Error);
        error.Message.ShouldBe("syntax error: Invalid expression; Expected the start of an expression, but found an invalid expression token.");
    }

    [Fact]
    public void A_json_syntax_error_in_a_tf_json_file_is_positioned()
    {
        // Given
        const string text = "{\n  \"variable\": {\n    \"region\": {\"default\": \"eu-west-1\",}\n  }\n}\n";

        // When
        var diagnostics = LintHarness.Lint("main.tf.json", text);

        // Then
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(EngineRules.SyntaxCode);
        error.Line.ShouldBe(3);
        error.Message.ShouldStartWith("syntax error: ");
    }

    [Fact]
    public void Yaml_rules_do_not_run_on_hcl_files()
    {
        // Given: trailing spaces and a long line, which yamllint's rules report in YAML
        var text = "locals {   \n  banner = \"" + new string('x', 120) + "\"\n}\n";

        // When
        var diagnostics = LintHarness.Lint("main.tf", text, "trailing-spaces", "line-length");

        // Then
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Terraform_rules_do_not_run_on_yaml_files_and_yaml_findings_are_unchanged()
    {
        // Given: YAML holding text a Terraform rule would report in HCL
        const string text = "---\nami: \"${var.ami}\"   \n";

        // When
        var diagnostics = LintHarness.Lint("vars.yml", text, "terraform_deprecated_interpolation", "trailing-spaces");

        // Then
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["2:18 trailing-spaces"]);
    }

    [Fact]
    public void Folder_discovery_finds_terraform_files_beside_yaml()
    {
        // Given
        var root = Path.Combine(LintHarness.FixturesRoot, "terraform", "web-service");

        // When
        var files = FileDiscovery.Find([root], new LintConfiguration(), out var missing);

        // Then
        missing.ShouldBeEmpty();
        files.Select(Path.GetFileName).ShouldBe(["main.tf", "outputs.tf", "terraform.tfvars", "variables.tf", "versions.tf"]);
    }
}
