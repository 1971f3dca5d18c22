using IacTest.Lint.Engine;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// tflint's Terraform rules: messages and positions as tflint prints them (the start of the range its documentation
/// shows), on pass and fail inputs written from that documentation.
/// </summary>
public sealed class TerraformRuleTests
{
    private static string[] Findings(string path, string text, string rule) =>
        LintHarness.Lint(path, text, rule).Select(d => $"{d.Line}:{d.Column} {d.Rule} {d.Severity}: {d.Message}").ToArray();

    [Fact]
    public void Deprecated_interpolation_is_reported_at_the_string_in_every_kind_of_block()
    {
        const string text = """
            locals {
              region = "${var.region}"
              label  = "${var.name}-web"
            }

            module "network" {
              source = "./network"
              cidr   = "${var.cidr}"
            }

            output "region" {
              value = { primary = "${local.region}" }
            }
            """;

        Findings("main.tf", text, "terraform_deprecated_interpolation").ShouldBe([
            "2:12 terraform_deprecated_interpolation Warning: Interpolation-only expressions are deprecated in Terraform v0.12.14",
            "8:12 terraform_deprecated_interpolation Warning: Interpolation-only expressions are deprecated in Terraform v0.12.14",
            "12:23 terraform_deprecated_interpolation Warning: Interpolation-only expressions are deprecated in Terraform v0.12.14",
        ]);
    }

    [Fact]
    public void Deprecated_interpolation_leaves_templates_with_text_or_several_interpolations()
    {
        const string text = "locals {\n  name = \"${var.env}-${var.app}\"\n  url  = \"https://${var.host}\"\n  heredoc = <<EOT\n${var.motd}\nEOT\n}\n";

        Findings("main.tf", text, "terraform_deprecated_interpolation").ShouldBeEmpty();
    }

    [Fact]
    public void Deprecated_index_reports_each_dot_index_and_legacy_splat_marker()
    {
        const string text = """
            locals {
              list   = ["a", "b", "c"]
              first  = list.0
              ids    = aws_instance.web.*.id
              nested = aws_instance.web.0.network_interface.1.id
              fine   = aws_instance.web[0].network_interface[*].id
            }
            """;

        Findings("main.tf", text, "terraform_deprecated_index").ShouldBe([
            "3:16 terraform_deprecated_index Warning: List items should be accessed using square brackets",
            "4:28 terraform_deprecated_index Warning: List items should be accessed using square brackets",
            "5:28 terraform_deprecated_index Warning: List items should be accessed using square brackets",
            "5:48 terraform_deprecated_index Warning: List items should be accessed using square brackets",
        ]);
    }

    [Fact]
    public void Comment_syntax_reports_double_slash_comments_only()
    {
        const string text = "// Shared tags.\nlocals {\n  # Owner team.\n  owner = \"platform\" // inline\n  /* block comments are fine */\n}\n";

        Findings("main.tf", text, "terraform_comment_syntax").ShouldBe([
            "1:1 terraform_comment_syntax Warning: Single line comments should begin with #",
            "4:22 terraform_comment_syntax Warning: Single line comments should begin with #",
        ]);
    }

    [Fact]
    public void Typed_variables_reports_each_untyped_variable_at_its_definition()
    {
        const string text = "variable \"no_type\" {\n  default = \"value\"\n}\n\nvariable \"enabled\" {\n  type    = bool\n  default = true\n}\n\nvariable \"empty\" {}\n";

        Findings("variables.tf", text, "terraform_typed_variables").ShouldBe([
            "1:1 terraform_typed_variables Warning: `no_type` variable has no type",
            "10:1 terraform_typed_variables Warning: `empty` variable has no type",
        ]);
    }

    [Fact]
    public void Documented_variables_reports_missing_and_empty_descriptions()
    {
        const string text = "variable \"no_description\" {\n  type = string\n}\n\nvariable \"empty_description\" {\n  description = \"\"\n  type        = string\n}\n\nvariable \"documented\" {\n  description = \"The region.\"\n  type        = string\n}\n";

        Findings("variables.tf", text, "terraform_documented_variables").ShouldBe([
            "1:1 terraform_documented_variables Info: `no_description` variable has no description",
            "5:1 terraform_documented_variables Info: `empty_description` variable has no description",
        ]);
    }

    [Fact]
    public void Documented_outputs_reports_missing_and_empty_descriptions()
    {
        const string text = "output \"endpoint\" {\n  value = aws_alb.main.dns_name\n}\n\noutput \"arn\" {\n  description = \"\"\n  value       = aws_alb.main.arn\n}\n\noutput \"zone\" {\n  description = \"Hosted zone of the balancer.\"\n  value       = aws_alb.main.zone_id\n}\n";

        Findings("outputs.tf", text, "terraform_documented_outputs").ShouldBe([
            "1:1 terraform_documented_outputs Info: `endpoint` output has no description",
            "5:1 terraform_documented_outputs Info: `arn` output has no description",
        ]);
    }

    [Fact]
    public void Documented_variables_read_the_json_form()
    {
        const string text = "{\n  \"variable\": {\n    \"region\": {\"type\": \"string\"}\n  }\n}\n";

        // In JSON, HCL's definition range of a block is the brace that opens its body.
        LintHarness.Lint("variables.tf.json", text, "terraform_documented_variables").Select(d => $"{d.Line}:{d.Column} {d.Message}")
            .ShouldBe(["3:15 `region` variable has no description"]);
    }

    [Fact]
    public void Empty_list_equality_reports_the_comparison_on_either_side()
    {
        const string text = "locals {\n  none  = var.zones == []\n  some  = [] != var.zones\n  fine  = length(var.zones) == 0\n  tuple = [\"a\"] == var.zones\n}\n";

        Findings("main.tf", text, "terraform_empty_list_equality").ShouldBe([
            "2:11 terraform_empty_list_equality Info: Comparing a collection with an empty list is invalid. To detect an empty collection, check its length.",
            "3:11 terraform_empty_list_equality Info: Comparing a collection with an empty list is invalid. To detect an empty collection, check its length.",
        ]);
    }

    [Fact]
    public void Fmt_reports_once_at_the_first_line_terraform_fmt_changes()
    {
        // terraform fmt -diff on this text changes line 5 only: the blank line ends the group that aligns '=' on line 2.
        const string text = "resource \"aws_instance\" \"web\" {\n  ami = \"ami-0c55b159cbfafe1f0\"\n\n  instance_type = \"t3.micro\"\n  monitoring = true\n}\n";

        Findings("main.tf", text, "terraform-fmt").ShouldBe([
            "5:1 terraform-fmt Warning: the file is not formatted as `terraform fmt` formats it, from this line on: run `terraform fmt`",
        ]);
    }

    [Fact]
    public void Fmt_reads_tfvars_and_accepts_a_file_without_a_final_line_break_as_terraform_fmt_does()
    {
        Findings("prod.tfvars", "region = \"eu-west-1\"\nzones = 3", "terraform-fmt").Select(f => f[..3]).ShouldBe(["2:1"]);
        Findings("prod.tfvars", "region = \"eu-west-1\"\nzones  = 3", "terraform-fmt").ShouldBeEmpty();
    }

    [Fact]
    public void Rules_of_the_module_configuration_do_not_read_tfvars()
    {
        Findings("prod.tfvars", "region = \"${var.region}\"\n", "terraform_deprecated_interpolation").ShouldBeEmpty();
    }

    [Fact]
    public void A_module_written_to_current_style_has_no_finding_from_any_terraform_rule()
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "terraform", "web-service");
        var rules = Lint.Engine.BuiltInRules.Catalog.Rules.Where(r => r.Family == Lint.Rules.RuleFamily.Terraform).Select(r => r.Name).ToArray();

        foreach (var file in Directory.GetFiles(root))
        {
            LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, file), null, rules).ShouldBeEmpty(file);
        }
    }

    [Fact]
    public void A_legacy_module_gets_every_finding_tflint_and_terraform_fmt_give()
    {
        // Given: a 0.11-era module in one file (terraform fmt -diff on it changes lines 12 and 21), with no version
        // constraints and its variables and output beside its resources
        var rules = Lint.Engine.BuiltInRules.Catalog.Rules.Where(r => r.Family == Lint.Rules.RuleFamily.Terraform).Select(r => r.Name).ToArray();

        // When
        var diagnostics = LintHarness.LintFixture(Path.Combine("terraform", "legacy-network", "main.tf"), null, rules);

        // Then
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe([
            "1:1 terraform_comment_syntax",
            "1:1 terraform_required_version",
            "2:1 terraform_typed_variables",
            "2:1 terraform_documented_variables",
            "2:1 terraform_standard_module_structure",
            "6:1 terraform_documented_variables",
            "6:1 terraform_standard_module_structure",
            "12:1 terraform-fmt",
            "12:16 terraform_deprecated_interpolation",
            "19:1 terraform_required_providers",
            "20:16 terraform_empty_list_equality",
            "21:16 terraform_deprecated_interpolation",
            "25:1 terraform_documented_outputs",
            "25:1 terraform_standard_module_structure",
        ]);
    }
}
