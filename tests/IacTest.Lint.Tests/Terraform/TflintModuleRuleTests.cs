using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Terraform.Rules;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// tflint's module-level Terraform rules, on modules of several files in a real folder: each finding is reported once,
/// in the file it is about, with tflint's message and position.
/// </summary>
public sealed class TflintModuleRuleTests
{
    [Fact]
    public void Unused_declarations_look_for_uses_in_every_file_of_the_module()
    {
        // Given: uses spread over files, a variable used only by its own validation, and a JSON file.
        using var module = new TerraformModuleFolder(
            ("variables.tf", """
                variable "region" {
                  type = string
                }

                variable "zone" {
                  type = string
                  validation {
                    condition     = length(var.zone) > 0
                    error_message = "The zone must not be empty."
                  }
                }

                variable "from_json" {
                  type = string
                }
                """),
            ("main.tf", """
                locals {
                  name   = "web-${var.region}"
                  unused = "left over"
                }

                data "aws_ami" "ubuntu" {
                  most_recent = true
                }

                data "aws_ami" "unused" {
                  most_recent = true
                }

                check "health" {
                  data "http" "site" {
                    url = "https://example.com"
                  }
                }

                provider "aws" {
                  alias  = "west"
                  region = "us-west-2"
                }

                provider "aws" {
                  alias  = "east"
                  region = "us-east-1"
                }

                resource "aws_instance" "web" {
                  provider = aws.west
                  ami      = data.aws_ami.ubuntu.id
                  tags     = { Name = local.name }
                }
                """),
            ("extra.tf.json", """{"output": {"zone": {"value": "${var.from_json}"}}}"""));

        // When
        var findings = module.Findings("terraform_unused_declarations");

        // Then
        findings.ShouldBe([
            "main.tf:3:3 local.unused is declared but not used",
            "main.tf:10:1 data \"aws_ami\" \"unused\" is declared but not used",
            "main.tf:15:3 data \"http\" \"site\" is declared but not used",
            "main.tf:25:1 provider \"aws\" with alias \"east\" is declared but not used",
            "variables.tf:5:1 variable \"zone\" is declared but not used",
        ]);
    }

    [Fact]
    public void Unused_declarations_are_found_again_when_a_sibling_stops_using_them()
    {
        // Given
        using var module = new TerraformModuleFolder(
            ("variables.tf", "variable \"region\" {\n  type = string\n}\n"),
            ("main.tf", "output \"region\" {\n  value = var.region\n}\n"));
        module.Findings("terraform_unused_declarations").ShouldBeEmpty();

        // When: the only use goes away, in another file than the declaration.
        module.Write("main.tf", "output \"region\" {\n  value = \"fixed\"\n}\n");

        // Then
        module.Findings("terraform_unused_declarations").ShouldBe(["variables.tf:1:1 variable \"region\" is declared but not used"]);
    }

    [Fact]
    public void Required_version_is_reported_once_at_the_first_terraform_block_or_file()
    {
        // Given
        using var withBlock = new TerraformModuleFolder(("main.tf", "resource \"null_resource\" \"a\" {}\n"), ("versions.tf", "terraform {\n  backend \"s3\" {}\n}\n"));
        using var withoutBlock = new TerraformModuleFolder(("outputs.tf", "output \"a\" {\n  value = 1\n}\n"), ("main.tf", "locals {}\n"), ("variables.tf", ""));
        using var neither = new TerraformModuleFolder(("outputs.tf", "output \"a\" {\n  value = 1\n}\n"), ("variables.tf", ""));
        using var set = new TerraformModuleFolder(("main.tf", "locals {}\n"), ("versions.tf", "terraform {\n  required_version = \">= 1.6\"\n}\n"));

        // When / Then
        withBlock.Findings("terraform_required_version").ShouldBe(["versions.tf:1:1 terraform \"required_version\" attribute is required"]);
        withoutBlock.Findings("terraform_required_version").ShouldBe(["main.tf:1:1 terraform \"required_version\" attribute is required"]);
        neither.Findings("terraform_required_version").ShouldBe(["outputs.tf:1:1 terraform \"required_version\" attribute is required"]);
        set.Findings("terraform_required_version").ShouldBeEmpty();
    }

    [Fact]
    public void Required_providers_reports_uses_without_entries_legacy_entries_and_provider_versions()
    {
        // Given
        using var module = new TerraformModuleFolder(
            ("versions.tf", """
                terraform {
                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = "~> 5.0"
                    }
                    google = "~> 5.0"
                    azurerm = {
                      version = "~> 3.0"
                    }
                    random = {
                      source = "hashicorp/random"
                    }
                  }
                }
                """),
            ("main.tf", """
                provider "template" {
                  version = "2.2.0"
                }

                resource "aws_s3_bucket" "logs" {}
                resource "google_storage_bucket" "logs" {}
                resource "azurerm_resource_group" "main" {}
                resource "random_id" "suffix" {}
                resource "null_resource" "first" {}
                resource "null_resource" "last" {}
                resource "terraform_data" "marker" {}
                """));

        // When
        var findings = module.Findings("terraform_required_providers");

        // Then
        findings.ShouldBe([
            "main.tf:1:1 provider version constraint should be specified via `required_providers`",
            "main.tf:1:1 Missing version constraint for provider \"template\" in `required_providers`",
            "main.tf:10:1 Missing version constraint for provider \"null\" in `required_providers`",
            "versions.tf:7:14 Legacy version constraint for provider \"google\" in `required_providers`",
            "versions.tf:8:15 Missing `source` for provider \"azurerm\" in `required_providers`",
            "versions.tf:11:14 Missing version constraint for provider \"random\" in `required_providers`",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Unused_required_providers_reports_entries_nothing_uses()
    {
        // Given
        using var module = new TerraformModuleFolder(
            ("versions.tf", "terraform {\n  required_providers {\n    aws = {\n      source = \"hashicorp/aws\"\n    }\n    null = {\n      source = \"hashicorp/null\"\n    }\n    time = {\n      source = \"hashicorp/time\"\n    }\n  }\n}\n"),
            ("main.tf", "resource \"aws_s3_bucket\" \"logs\" {}\n\nlocals {\n  parsed = provider::time::rfc3339_parse(\"2025-01-01T00:00:00Z\")\n}\n"));

        // When
        var findings = module.Findings("terraform_unused_required_providers");

        // Then
        findings.ShouldBe(["versions.tf:6:5 provider 'null' is declared in required_providers but not used by the module"]);
    }

    [Fact]
    public void Standard_module_structure_reports_missing_files_once_and_misplaced_blocks_where_they_are()
    {
        // Given
        using var module = new TerraformModuleFolder(
            ("network.tf", "variable \"cidr\" {\n  type = string\n}\n\noutput \"vpc_id\" {\n  value = 1\n}\n"),
            ("variables.tf", "variable \"name\" {\n  type = string\n}\n"));
        using var standard = new TerraformModuleFolder(("main.tf", "locals {}\n"), ("variables.tf", ""), ("outputs.tf", ""));

        // When
        var findings = module.Findings("terraform_standard_module_structure");

        // Then
        findings.ShouldBe([
            "network.tf:1:1 Module should include a main.tf file as the primary entrypoint",
            "network.tf:1:1 variable \"cidr\" should be moved from network.tf to variables.tf",
            "network.tf:5:1 output \"vpc_id\" should be moved from network.tf to outputs.tf",
        ], ignoreOrder: true);
        standard.Findings("terraform_standard_module_structure").ShouldBeEmpty();
    }

    [Fact]
    public void Standard_module_structure_outputs_option_drops_the_outputs_file_check()
    {
        // Given
        using var module = new TerraformModuleFolder(("main.tf", "locals {}\n"), ("variables.tf", ""));
        var configuration = new LintConfiguration();
        configuration.For("terraform_standard_module_structure").Options[StandardModuleStructureRule.OutputsOption] = false;

        // When / Then
        module.Findings("terraform_standard_module_structure").ShouldBe(["main.tf:1:1 Module should include an empty outputs.tf file"]);
        module.Findings("terraform_standard_module_structure", configuration).ShouldBeEmpty();
    }

    [Fact]
    public void Workspace_remote_reports_terraform_workspace_when_the_remote_backend_may_run_terraform_1_0()
    {
        // Given
        const string backend = "terraform {\n  required_version = \"{0}\"\n  backend \"remote\" {\n    organization = \"example\"\n  }\n}\n";
        const string main = "resource \"aws_instance\" \"web\" {\n  tags = {\n    Name = \"web-${terraform.workspace}\"\n  }\n}\n";
        using var old = new TerraformModuleFolder(("backend.tf", backend.Replace("{0}", "~> 1.0", StringComparison.Ordinal)), ("main.tf", main));
        using var newer = new TerraformModuleFolder(("backend.tf", backend.Replace("{0}", ">= 1.1", StringComparison.Ordinal)), ("main.tf", main));
        using var local = new TerraformModuleFolder(("backend.tf", "terraform {\n  required_version = \">= 1.0\"\n  backend \"local\" {}\n}\n"), ("main.tf", main));

        // When / Then
        old.Findings("terraform_workspace_remote").ShouldBe(["main.tf:3:19 terraform.workspace should not be used with a 'remote' backend"]);
        newer.Findings("terraform_workspace_remote").ShouldBeEmpty();
        local.Findings("terraform_workspace_remote").ShouldBeEmpty();
    }

    [Fact]
    public void Module_findings_are_suppressed_by_the_annotations_of_the_file_they_are_in()
    {
        // Given: one unused variable annotated, one file ignoring everything, one finding left
        using var module = new TerraformModuleFolder(
            ("variables.tf", "# tflint-ignore: terraform_unused_declarations # kept for the next release\nvariable \"legacy\" {\n  type = string\n}\n\nvariable \"zone\" {\n  type = string\n}\n"),
            ("generated.tf", "# tflint-ignore-file: all\nvariable \"generated\" {\n  type = string\n}\n"),
            ("main.tf", "locals {}\n"));

        // When
        var findings = module.Findings("terraform_unused_declarations");

        // Then
        findings.ShouldBe(["variables.tf:6:1 variable \"zone\" is declared but not used"]);
    }
}
