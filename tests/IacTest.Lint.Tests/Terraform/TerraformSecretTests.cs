using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>The secrets family on HCL: literal credentials and unmarked secret outputs, reported with a masked hint only.</summary>
public sealed class TerraformSecretTests
{
    private static string[] Findings(string path, string text) =>
        LintHarness.Lint(path, text, "terraform-secret").Select(d => $"{d.Line}:{d.Column} {d.Message}").ToArray();

    [Fact]
    public void Provider_credentials_variable_defaults_and_unmarked_outputs_are_reported_without_their_values()
    {
        // Given
        const string text = """
            provider "aws" {
              region     = "eu-west-1"
              access_key = var.access_key
              secret_key = "q8Hc2LmZx7PvR4tN1wYbK9sD3fGjU6eA0iTo5"

              assume_role {
                role_arn = "arn:aws:iam::123456789012:role/deploy"
              }
            }

            provider "github" {
              token = "ghp_Zq3RkT8mW2xN5vB7yC1dF4gH6jK9lP0sA2uE"
            }

            variable "db_password" {
              type    = string
              default = "Tr0ub4dor3-prod"
            }

            variable "settings" {
              type = map(string)
              default = {
                admin_password = "correct-horse-battery"
                region         = "eu-west-1"
              }
            }

            variable "api_token" {
              type    = string
              default = "${var.prefix}-token"
            }

            variable "password_placeholder" {
              type    = string
              default = "changeme"
            }

            output "db_password" {
              value = var.db_password
            }

            output "connection" {
              value = "postgres://app@${aws_db_instance.main.address}/app?password=${random_password.db.result}"
            }

            output "marked" {
              value     = aws_db_instance.main.password
              sensitive = true
            }

            output "address" {
              value = aws_db_instance.main.address
            }
            """;

        // When
        var findings = Findings("main.tf", text);

        // Then
        findings.Length.ShouldBe(6, string.Join("\n", findings));
        findings[0].ShouldStartWith("4:16 \"secret_key\" holds a literal secret: ******** (37 characters) [fingerprint ");
        findings[1].ShouldStartWith("12:11 ");
        findings[2].ShouldStartWith("17:13 \"db_password\" holds a literal secret: ******** (15 characters)");
        findings[3].ShouldStartWith("23:22 \"admin_password\" holds a literal secret: ");
        findings[4].ShouldBe("38:1 output \"db_password\" is not marked sensitive = true, but it reads a secret-named value");
        findings[5].ShouldBe("42:1 output \"connection\" is not marked sensitive = true, but it reads a secret-named value");
        findings.ShouldAllBe(f => !f.Contains("Tr0ub4dor3", StringComparison.Ordinal) && !f.Contains("q8Hc2", StringComparison.Ordinal)
            && !f.Contains("correct-horse", StringComparison.Ordinal) && !f.Contains("Zq3RkT8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tfvars_file_is_checked_argument_by_argument()
    {
        // Given
        const string text = "region          = \"eu-west-1\"\ndb_password     = \"Tr0ub4dor3-prod\"\ngrafana = {\n  admin_password = \"correct-horse-battery\"\n}\nsecret_from_env = \"${env}\"\n";

        // When
        var findings = Findings("prod.tfvars", text);

        // Then
        findings.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ShouldBe(["2:19", "4:20"]);
    }

    [Fact]
    public void A_module_that_marks_its_secrets_sensitive_has_no_finding()
    {
        // Given
        const string text = "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\noutput \"db_password\" {\n  value     = var.db_password\n  sensitive = true\n}\n";

        // When / Then
        Findings("main.tf", text).ShouldBeEmpty();
    }
}
