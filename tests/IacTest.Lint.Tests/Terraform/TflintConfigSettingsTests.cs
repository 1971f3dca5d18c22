using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// <c>.tflint.hcl</c>'s <c>config</c> settings take effect on a repository laid out as teams lay one out — a root module
/// calling <c>./modules/network</c> and a registry module, variables in <c>env/prod.tfvars</c>, the configuration at the
/// root: <c>force</c>, <c>call_module_type</c> (and the older <c>module</c>), <c>varfile</c>, <c>variables</c> and
/// <c>format</c>, each with a case that passes and one that fails.
/// </summary>
public sealed class TflintConfigSettingsTests
{
    private const string Fixture = "platform-network";

    private static string WithConfig(string settings) => $"config {{\n{settings}\n}}\n\nplugin \"terraform\" {{\n  enabled = true\n  preset  = \"recommended\"\n}}\n";

    private static string[] Render(IEnumerable<LintDiagnostic> findings) =>
        findings.Select(d => $"{Path.GetFileName(d.File)}:{d.Line}:{d.Column} {d.Severity} {d.Rule}: {d.Message}").ToArray();

    [Fact]
    public void The_repository_as_committed_loads_its_called_modules_and_variables_without_problems()
    {
        // Given
        using var repository = new TerraformRepositoryCopy(Fixture);

        // When
        var loaded = repository.Load();
        var moduleCalls = repository.Lint("main.tf", loaded.Configuration).Where(d => d.Rule == "terraform-module-call");

        // Then: only the note that tflint's output format is not used, and the variable file is watched.
        Render(loaded.Problems).ShouldBe([
            ".tflint.hcl:5:3 Info config: .tflint.hcl: format = \"compact\" is not used: findings are reported in the build's format, or the one `iactest lint --format` names (parsable, sarif, ...)",
        ]);
        loaded.Files.ShouldContain(Path.Combine(repository.Root, "env", "prod.tfvars"));
        moduleCalls.ShouldBeEmpty();
    }

    [Fact]
    public void Force_reports_tflints_findings_at_a_level_that_fails_no_build()
    {
        // Given: the same repository, once as committed and once with force on.
        using var repository = new TerraformRepositoryCopy(Fixture);
        var strict = repository.Load().Configuration;
        repository.Write(".tflint.hcl", WithConfig("  force = true"));
        var forced = repository.Load();

        // When
        var asCommitted = repository.Lint("variables.tf", strict);
        var withForce = repository.Lint("variables.tf", forced.Configuration);

        // Then: the finding is still reported, as tflint still prints it, but as information, never a warning or error.
        forced.Problems.ShouldBeEmpty();
        Render(asCommitted.Where(d => d.Rule == "terraform_unused_declarations")).ShouldBe([
            "variables.tf:17:1 Warning terraform_unused_declarations: variable \"nat_gateway_count\" is declared but not used",
        ]);
        Render(withForce.Where(d => d.Rule == "terraform_unused_declarations")).ShouldBe([
            "variables.tf:17:1 Info terraform_unused_declarations: variable \"nat_gateway_count\" is declared but not used",
        ]);
        withForce.Where(d => d.Rule.StartsWith("terraform_", StringComparison.Ordinal)).ShouldAllBe(d => d.Severity == Severity.Info);
    }

    [Fact]
    public void Force_leaves_loading_errors_failing_as_tflint_still_exits_with_an_error()
    {
        // Given: the network module is gone, and force is on.
        using var repository = new TerraformRepositoryCopy(Fixture);
        Directory.Delete(Path.Combine(repository.Root, "modules", "network"), recursive: true);
        repository.Write(".tflint.hcl", WithConfig("  force = true"));

        // When
        var findings = repository.Lint("main.tf", repository.Load().Configuration);

        // Then
        Render(findings.Where(d => d.Rule == "terraform-module-call")).ShouldBe([
            "main.tf:6:1 Error terraform-module-call: \"network\" module is not found; The module directory \"modules/network\" does not exist or cannot be read.",
        ]);
    }

    [Theory]
    [InlineData(null, true, false)]
    [InlineData("  call_module_type = \"local\"", true, false)]
    [InlineData("  call_module_type = \"all\"", true, true)]
    [InlineData("  call_module_type = \"none\"", false, false)]
    [InlineData("  module = true", true, true)]
    [InlineData("  module = false", false, false)]
    public void A_local_module_call_to_a_missing_folder_is_reported_unless_no_module_is_called(string? settings, bool reported, bool remoteReported)
    {
        // Given: the call's folder was renamed without updating the call.
        using var repository = new TerraformRepositoryCopy(Fixture);
        Directory.Move(Path.Combine(repository.Root, "modules", "network"), Path.Combine(repository.Root, "modules", "vpc"));
        if (settings is null)
        {
            File.Delete(Path.Combine(repository.Root, ".tflint.hcl"));
        }
        else
        {
            repository.Write(".tflint.hcl", WithConfig(settings));
        }

        // When
        var loaded = repository.Load();
        var findings = repository.Lint("main.tf", loaded.Configuration).Where(d => d.Rule == "terraform-module-call").ToArray();

        // Then: the remote call is not loaded offline except under "all", where it is reported too (no terraform init).
        loaded.Problems.ShouldBeEmpty();
        var expected = new List<string>();
        if (reported)
        {
            expected.Add("main.tf:6:1 Error terraform-module-call: \"network\" module is not found; The module directory \"modules/network\" does not exist or cannot be read.");
        }

        if (remoteReported)
        {
            expected.Add("main.tf:15:1 Error terraform-module-call: \"vpc_endpoints\" module is not found. Did you run \"terraform init\"?");
        }

        Render(findings).ShouldBe(expected);
    }

    [Fact]
    public void Calling_all_modules_reads_what_terraform_init_installed()
    {
        // Given: terraform init installed the registry module, as its manifest records.
        using var repository = new TerraformRepositoryCopy(Fixture);
        repository.Write(".tflint.hcl", WithConfig("  call_module_type = \"all\""));
        repository.Write(".terraform/modules/modules.json", """
            {"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"network","Source":"./modules/network","Dir":"modules/network"},{"Key":"vpc_endpoints","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws//modules/vpc-endpoints","Version":"5.8.1","Dir":".terraform/modules/vpc_endpoints/modules/vpc-endpoints"}]}
            """);
        var configuration = repository.Load().Configuration;

        // When: the installed folder is there, then removed behind the manifest's back.
        repository.Write(".terraform/modules/vpc_endpoints/modules/vpc-endpoints/main.tf", "resource \"aws_vpc_endpoint\" \"this\" {}\n");
        var installed = repository.Lint("main.tf", configuration).Where(d => d.Rule == "terraform-module-call").ToArray();
        Directory.Delete(Path.Combine(repository.Root, ".terraform", "modules", "vpc_endpoints"), recursive: true);
        var removed = repository.Lint("main.tf", configuration).Where(d => d.Rule == "terraform-module-call").ToArray();

        // Then
        installed.ShouldBeEmpty();
        Render(removed).ShouldBe([
            "main.tf:15:1 Error terraform-module-call: Failed to read module directory; Module directory .terraform/modules/vpc_endpoints/modules/vpc-endpoints does not exist or cannot be read.",
        ]);
    }

    [Fact]
    public void Variable_files_and_assignments_that_tflint_refuses_are_positioned_errors()
    {
        // Given: a misspelt file, a file that is not a variable definitions file, one with a syntax error, a bad assignment.
        using var repository = new TerraformRepositoryCopy(Fixture);
        repository.Write("env/staging.tfvars", "environment = \"staging\"\n\nnetwork {\n  cidr = \"10.30.0.0/16\"\n}\n");
        repository.Write("env/dev.tfvars", "environment = \n");
        repository.Write(".tflint.hcl", WithConfig("""
              varfile   = ["env/prod.tfvars", "env/prd.tfvars", "env/staging.tfvars", "env/dev.tfvars"]
              variables = ["environment=prod", "vpc_cidr"]
              format    = "table"
            """));

        // When
        var loaded = repository.Load();

        // Then
        loaded.Problems.Select(p => $"{p.Line}:{p.Column} {p.Severity} {p.Code} {p.Message}").ShouldBe([
            "2:35 Error IAC0003 .tflint.hcl: Failed to read file; The file \"env/prd.tfvars\" could not be read.",
            "2:53 Error IAC0003 .tflint.hcl: varfile \"env/staging.tfvars\": env/staging.tfvars:3,1-8: Unexpected \"network\" block; Blocks are not allowed here.",
            "2:75 Error IAC0003 .tflint.hcl: varfile \"env/dev.tfvars\": env/dev.tfvars:1,15-2,1: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
            "3:36 Error IAC0003 .tflint.hcl: `vpc_cidr` is invalid. Variables must be `key=value` format",
            "4:15 Error IAC0003 .tflint.hcl: format must be one of \"default\", \"json\", \"checkstyle\", \"junit\", \"compact\", \"sarif\"",
        ]);
        loaded.Files.ShouldContain(Path.Combine(repository.Root, "env", "staging.tfvars"));
        loaded.Files.ShouldContain(Path.Combine(repository.Root, "env", "prd.tfvars"), "watched, so the configuration is read again once it exists");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  varfile = [\"env/prod.tfvars\"]", null)]
    [InlineData("  variables = [\"primary_zone=eu-west-1b\"]", "locals.tf:5:5 Warning terraform_map_duplicate_keys: Duplicate key: \"eu-west-1b\", first defined at locals.tf:4,5-23")]
    [InlineData("  varfile = [\"env/staging.tfvars\"]", "locals.tf:6:5 Warning terraform_map_duplicate_keys: Duplicate key: \"eu-west-1c\", first defined at locals.tf:4,5-23")]
    [InlineData("  varfile   = [\"env/staging.tfvars\"]\n  variables = [\"primary_zone=eu-west-1a\"]", null)]
    public void Varfile_and_variables_set_the_values_a_key_that_reads_a_variable_is_compared_with(string? settings, string? expected)
    {
        // Given: a map keyed by a variable (default eu-west-1a), a staging file that sets it to a zone already listed.
        using var repository = new TerraformRepositoryCopy(Fixture);
        repository.Write("env/staging.tfvars", "environment        = \"staging\"\nvpc_cidr           = \"10.30.0.0/16\"\navailability_zones = [\"eu-west-1a\", \"eu-west-1c\"]\nprimary_zone       = \"eu-west-1c\"\n");
        if (settings is null)
        {
            File.Delete(Path.Combine(repository.Root, ".tflint.hcl"));
        }
        else
        {
            repository.Write(".tflint.hcl", WithConfig(settings));
        }

        // When
        var loaded = repository.Load();
        var findings = repository.Lint("locals.tf", loaded.Configuration).Where(d => d.Rule == "terraform_map_duplicate_keys");

        // Then: the later setting wins (variables over varfile over the default), as in tflint.
        loaded.Problems.ShouldBeEmpty();
        Render(findings).ShouldBe(expected is null ? [] : [expected]);
    }

    [Fact]
    public void A_key_that_reads_a_sensitive_or_unset_variable_is_not_compared()
    {
        // Given
        using var repository = new TerraformRepositoryCopy(Fixture);
        repository.Write("tenants.tf", """
            variable "tenant" {
              description = "Tenant whose key wraps the stage's secrets."
              type        = string
              sensitive   = true
              default     = "platform"
            }

            variable "owner" {
              description = "Team owning the stage."
              type        = string
            }

            locals {
              key_aliases = {
                (var.tenant) = "alias/platform"
                platform     = "alias/platform-shared"
                (var.owner)  = "alias/owner"
                owner        = "alias/owner-shared"
              }
            }

            output "key_aliases" {
              description = "KMS aliases by tenant."
              value       = local.key_aliases
            }
            """);

        // When
        var findings = repository.Lint("tenants.tf", repository.Load().Configuration).Where(d => d.Rule == "terraform_map_duplicate_keys");

        // Then
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_build_that_treats_warnings_as_errors_passes_under_force_and_fails_without_it()
    {
        // Given
        using var repository = new TerraformRepositoryCopy(Fixture);
        var request = BuildRequest(repository) with { TreatWarningsAsErrors = true };

        // When: built as committed, then with force on.
        var strict = BuildLint.Run(request, "tflint-config-tests");
        repository.Write(".tflint.hcl", WithConfig("  force = true"));
        var forced = BuildLint.Run(request, "tflint-config-tests");

        // Then: the same finding, an error of the build without force, information with it.
        Render(strict.Reported.Where(d => d.Rule == "terraform_unused_declarations")).ShouldBe([
            "variables.tf:17:1 Error terraform_unused_declarations: variable \"nat_gateway_count\" is declared but not used",
        ]);
        Render(forced.Reported.Where(d => d.Rule == "terraform_unused_declarations")).ShouldBe([
            "variables.tf:17:1 Info terraform_unused_declarations: variable \"nat_gateway_count\" is declared but not used",
        ]);
        forced.Reported.ShouldNotContain(d => d.Severity != Severity.Info, string.Join("\n", Render(forced.Reported)));
    }

    [Fact]
    public void A_changed_variable_file_lints_the_files_that_read_its_values_again()
    {
        // Given a build whose cache holds locals.tf without findings
        using var repository = new TerraformRepositoryCopy(Fixture);
        var request = BuildRequest(repository);
        var first = BuildLint.Run(request, "tflint-config-tests");

        // When the production variables move the endpoints' zone to one the map already lists
        repository.Write("env/prod.tfvars", File.ReadAllText(Path.Combine(repository.Root, "env", "prod.tfvars")).Replace("\"eu-west-1a\"\n", "\"eu-west-1b\"\n", StringComparison.Ordinal));
        var second = BuildLint.Run(request, "tflint-config-tests");

        // Then
        first.Reported.ShouldNotContain(d => d.Rule == "terraform_map_duplicate_keys");
        Render(second.Reported.Where(d => d.Rule == "terraform_map_duplicate_keys")).ShouldBe([
            "locals.tf:5:5 Warning terraform_map_duplicate_keys: Duplicate key: \"eu-west-1b\", first defined at locals.tf:4,5-23",
        ]);
    }

    [Fact]
    public void Variable_inputs_belong_in_config_not_in_a_rule_block()
    {
        // Given
        using var repository = new TerraformRepositoryCopy(Fixture);
        repository.Write(".tflint.hcl", "rule \"terraform_map_duplicate_keys\" {\n  enabled   = true\n  variables = [\"primary_zone=eu-west-1b\"]\n}\n");

        // When
        var loaded = repository.Load();

        // Then
        loaded.Problems.Select(p => $"{p.Line}:{p.Column} {p.Severity} {p.Message}").ShouldBe([
            "3:3 Error .tflint.hcl: rule \"terraform_map_duplicate_keys\" has no option \"variables\"; set it in config { variables }",
        ]);
        repository.Lint("locals.tf", loaded.Configuration).ShouldNotContain(d => d.Rule == "terraform_map_duplicate_keys");
    }

    private static BuildLintRequest BuildRequest(TerraformRepositoryCopy repository) => new()
    {
        ProjectDirectory = repository.Root,
        ProjectFile = Path.Combine(repository.Root, "infra.tests.csproj"),
        Files = Directory.GetFiles(repository.Root, "*.tf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(),
        CacheFile = Path.Combine(repository.Root, "obj", "lint-cache.bin"),
    };
}
