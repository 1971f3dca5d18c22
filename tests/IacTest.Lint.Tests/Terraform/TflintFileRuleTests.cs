using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// tflint's Terraform rules that read one file: messages, positions and severities as tflint-ruleset-terraform's
/// documentation and tests show them, on pass and fail inputs written from that documentation.
/// </summary>
public sealed class TflintFileRuleTests
{
    private static string[] Findings(string path, string text, string rule, Action<RuleSettingsBuilder>? options = null)
    {
        var configuration = new LintConfiguration();
        options?.Invoke(new RuleSettingsBuilder(configuration, rule));
        return LintHarness.Lint(path, text, configuration, rule).Select(d => $"{d.Line}:{d.Column} {d.Severity}: {d.Message}").ToArray();
    }

    [Fact]
    public void Deprecated_lookup_reports_two_argument_calls_at_the_call()
    {
        // Given
        const string text = "locals {\n  ami      = lookup(var.amis, var.region)\n  fallback = lookup(var.amis, var.region, \"ami-0c55b159cbfafe1f0\")\n  nested   = upper(lookup({ a = \"b\" }, \"a\"))\n}\n";

        // When
        var findings = Findings("main.tf", text, "terraform_deprecated_lookup");

        // Then
        findings.ShouldBe([
            "2:14 Warning: Lookup with 2 arguments is deprecated",
            "4:20 Warning: Lookup with 2 arguments is deprecated",
        ]);
    }

    [Fact]
    public void Map_duplicate_keys_names_the_first_definition_and_compares_keys_by_value()
    {
        // Given: a bare name, a quoted string and a number that read the same are one key.
        const string text = """
            resource "null_resource" "tags" {
              triggers = {
                team  = "platform"
                "team" = "network"
                1     = "one"
                1.0   = "one again"
              }
            }

            locals {
              computed = {
                (var.key) = 1
                (var.key) = 2
                "${var.prefix}-a" = 3
                "${var.prefix}-a" = 4
              }
            }
            """;

        // When
        var findings = Findings("main.tf", text, "terraform_map_duplicate_keys");

        // Then: computed keys are not compared.
        findings.ShouldBe([
            "4:5 Warning: Duplicate key: \"team\", first defined at main.tf:3,5-9",
            "6:5 Warning: Duplicate key: \"1\", first defined at main.tf:5,5-6",
        ]);
    }

    [Fact]
    public void Module_pinned_source_reports_unpinned_and_default_branch_sources_of_git_and_mercurial()
    {
        // Given
        const string text = """
            module "unpinned" {
              source = "git://hashicorp.com/consul.git"
            }

            module "default_branch" {
              source = "git::https://hashicorp.com/consul.git?ref=master"
            }

            module "github" {
              source = "github.com/hashicorp/consul"
            }

            module "ssh" {
              source = "git@github.com:hashicorp/consul.git?ref=develop"
            }

            module "mercurial" {
              source = "hg::http://hashicorp.com/consul.hg?rev=default"
            }

            module "pinned" {
              source = "git::https://hashicorp.com/consul.git?ref=v1.2.0"
            }

            module "registry" {
              source  = "hashicorp/consul/aws"
              version = "0.11.0"
            }

            module "local" {
              source = "./modules/consul"
            }

            module "archive" {
              source = "https://example.com/consul.zip"
            }
            """;

        // When
        var findings = Findings("main.tf", text, "terraform_module_pinned_source");

        // Then
        findings.ShouldBe([
            "2:12 Warning: Module source \"git://hashicorp.com/consul.git\" is not pinned",
            "6:12 Warning: Module source \"git::https://hashicorp.com/consul.git?ref=master\" uses a default branch as ref (master)",
            "10:12 Warning: Module source \"github.com/hashicorp/consul\" is not pinned",
            "14:12 Warning: Module source \"git@github.com:hashicorp/consul.git?ref=develop\" uses a default branch as ref (develop)",
            "18:12 Warning: Module source \"hg::http://hashicorp.com/consul.hg?rev=default\" uses a default branch as rev (default)",
        ]);
    }

    [Fact]
    public void Module_pinned_source_reports_a_git_url_without_ref()
    {
        var findings = Findings("main.tf", "module \"consul\" {\n  source = \"git::https://hashicorp.com/consul.git\"\n}\n", "terraform_module_pinned_source");

        findings.ShouldBe(["2:12 Warning: Module source \"git::https://hashicorp.com/consul.git\" is not pinned"]);
    }

    [Fact]
    public void Module_pinned_source_semver_style_wants_a_semantic_version_and_default_branches_can_be_replaced()
    {
        // Given
        const string text = "module \"a\" {\n  source = \"git::https://example.com/a.git?ref=v1.2.0\"\n}\n\nmodule \"b\" {\n  source = \"git::https://example.com/b.git?ref=feature-x\"\n}\n\nmodule \"c\" {\n  source = \"git::https://example.com/c.git?ref=trunk\"\n}\n";

        // When
        var semver = Findings("main.tf", text, "terraform_module_pinned_source", o => o.Set(ModulePinnedSourceRule.StyleOption, "semver"));
        var branches = Findings("main.tf", text, "terraform_module_pinned_source", o => o.Set(ModulePinnedSourceRule.DefaultBranchesOption, new[] { "trunk" }));

        // Then
        semver.ShouldBe([
            "6:12 Warning: Module source \"git::https://example.com/b.git?ref=feature-x\" uses a ref which is not a semantic version string",
            "10:12 Warning: Module source \"git::https://example.com/c.git?ref=trunk\" uses a ref which is not a semantic version string",
        ]);
        branches.ShouldBe(["10:12 Warning: Module source \"git::https://example.com/c.git?ref=trunk\" uses a default branch as ref (trunk)"]);
    }

    [Fact]
    public void Module_version_reports_registry_modules_without_version_at_the_block()
    {
        // Given
        const string text = """
            module "vpc" {
              source = "terraform-aws-modules/vpc/aws"
            }

            module "private" {
              source = "app.terraform.io/example-corp/k8s-cluster/azurerm//modules/nodes"
            }

            module "pinned" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "~> 5.0"
            }

            module "local" {
              source = "./modules/vpc"
            }

            module "git" {
              source = "github.com/terraform-aws-modules/terraform-aws-vpc"
            }
            """;

        // When
        var findings = Findings("main.tf", text, "terraform_module_version");

        // Then
        findings.ShouldBe([
            "1:1 Warning: module \"vpc\" should specify a version",
            "5:1 Warning: module \"private\" should specify a version",
        ]);
    }

    [Fact]
    public void Module_version_exact_reports_ranges_and_several_constraints_at_version()
    {
        // Given
        const string text = "module \"a\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"~> 5.0\"\n}\n\nmodule \"b\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \">= 5.0, < 6.0\"\n}\n\nmodule \"c\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"= 5.8.1\"\n}\n";

        // When
        var findings = Findings("main.tf", text, "terraform_module_version", o => o.Set(ModuleVersionRule.ExactOption, true));

        // Then
        findings.ShouldBe([
            "3:3 Warning: module \"a\" should specify an exact version, but a range was found",
            "8:3 Warning: module \"b\" should specify an exact version, but multiple constraints were found",
        ]);
    }

    [Fact]
    public void Module_shallow_clone_reports_git_sources_pinned_to_a_tag_without_depth()
    {
        // Given
        const string text = """
            module "tag" {
              source = "git::https://github.com/example/module.git?ref=v1.0.0"
            }

            module "shallow" {
              source = "git::https://github.com/example/module.git?depth=1&ref=v1.0.0"
            }

            module "commit" {
              source = "git::https://github.com/example/module.git?ref=7e1d9a5"
            }

            module "unpinned" {
              source = "git::https://github.com/example/module.git"
            }

            module "mercurial" {
              source = "hg::https://example.com/module.hg?ref=v1.0.0"
            }
            """;

        // When
        var findings = Findings("main.tf", text, "terraform_module_shallow_clone");

        // Then
        findings.ShouldBe(["2:12 Warning: Module source \"git::https://github.com/example/module.git?ref=v1.0.0\" should enable shallow cloning by adding \"depth=1\" parameter"]);
    }

    [Fact]
    public void Naming_convention_defaults_to_snake_case_for_every_block_and_local_with_notice_severity()
    {
        // Given
        const string text = """
            data "aws_eip" "camelCase" {
            }

            data "aws_eip" "valid_name" {
            }

            resource "aws_eip" "Bad-Name" {
            }

            module "Network" {
              source = "./network"
            }

            variable "instanceType" {
            }

            output "WebId" {
              value = 1
            }

            check "health" {
              data "http" "siteStatus" {
                url = "https://example.com"
              }
            }

            locals {
              valid_name   = "valid"
              invalid-name = "dashes are not allowed with snake_case"
            }
            """;

        // When
        var findings = Findings("main.tf", text, "terraform_naming_convention");

        // Then
        findings.ShouldBe([
            "1:1 Info: data name `camelCase` must match the following format: snake_case",
            "7:1 Info: resource name `Bad-Name` must match the following format: snake_case",
            "10:1 Info: module name `Network` must match the following format: snake_case",
            "14:1 Info: variable name `instanceType` must match the following format: snake_case",
            "17:1 Info: output name `WebId` must match the following format: snake_case",
            "22:3 Info: data name `siteStatus` must match the following format: snake_case",
            "29:3 Info: local value name `invalid-name` must match the following format: snake_case",
        ]);
    }

    [Fact]
    public void Naming_convention_takes_custom_regexps_named_formats_and_per_block_overrides()
    {
        // Given
        const string text = "data \"aws_eip\" \"eip_1a\" {\n}\n\nresource \"aws_eip\" \"Invalid_Name_With_Number123\" {\n}\n\nmodule \"invalid_module_with_number_1a\" {\n  source = \"\"\n}\n\nlocals {\n  Mixed_Case = 1\n}\n";

        // When
        var custom = Findings("main.tf", text, "terraform_naming_convention", o => o.Set(NamingConventionRule.CustomOption, "^[a-zA-Z]+([_-][a-zA-Z]+)*$"));
        var named = Findings("main.tf", text, "terraform_naming_convention", o => o
            .Set(NamingConventionRule.FormatOption, "custom_format")
            .Set(NamingConventionRule.CustomFormatsOption, new[] { new NamingFormat("custom_format", "Custom Format", "^[a-zA-Z]+([_-][a-zA-Z]+)*$") }));
        var overridden = Findings("main.tf", text, "terraform_naming_convention", o => o
            .Set("module.custom", "^[a-zA-Z]+(_[a-zA-Z]+)*$")
            .Set("locals.format", "mixed_snake_case")
            .Set("resource.format", "none"));

        // Then
        custom.ShouldBe([
            "1:1 Info: data name `eip_1a` must match the following RegExp: ^[a-zA-Z]+([_-][a-zA-Z]+)*$",
            "4:1 Info: resource name `Invalid_Name_With_Number123` must match the following RegExp: ^[a-zA-Z]+([_-][a-zA-Z]+)*$",
            "7:1 Info: module name `invalid_module_with_number_1a` must match the following RegExp: ^[a-zA-Z]+([_-][a-zA-Z]+)*$",
        ]);
        named.ShouldBe([
            "1:1 Info: data name `eip_1a` must match the following format: Custom Format",
            "4:1 Info: resource name `Invalid_Name_With_Number123` must match the following format: Custom Format",
            "7:1 Info: module name `invalid_module_with_number_1a` must match the following format: Custom Format",
        ]);
        overridden.ShouldBe(["7:1 Info: module name `invalid_module_with_number_1a` must match the following RegExp: ^[a-zA-Z]+(_[a-zA-Z]+)*$"]);
    }

    [Fact]
    public void Json_syntax_reports_a_root_array_at_its_bracket_and_leaves_a_root_object()
    {
        // Given
        const string array = "[{\"resource\": {\"aws_instance\": {\"example\": {\"ami\": \"ami-12345678\"}}}}]\n";
        const string obj = "{\"resource\": {\"aws_instance\": {\"example\": {\"ami\": \"ami-12345678\"}}}}\n";

        // When
        var bad = Findings("main.tf.json", array, "terraform_json_syntax");
        var good = Findings("main.tf.json", obj, "terraform_json_syntax");

        // Then
        bad.ShouldBe(["1:1 Warning: JSON configuration uses array syntax at root. The official Terraform JSON syntax uses a root object. See https://developer.hashicorp.com/terraform/language/syntax/json"]);
        good.ShouldBeEmpty();
    }

    /// <summary>Sets options of one rule in a test's configuration.</summary>
    internal sealed class RuleSettingsBuilder(LintConfiguration configuration, string rule)
    {
        public RuleSettingsBuilder Set(string name, object? value)
        {
            configuration.For(rule).Options[name] = value;
            return this;
        }
    }
}
