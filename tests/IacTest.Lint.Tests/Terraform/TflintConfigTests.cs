using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Terraform.Configuration;
using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary><c>.tflint.hcl</c>: found as tflint finds it, presets with tflint's membership, rule blocks with options, positioned errors.</summary>
public sealed class TflintConfigTests
{
    private static readonly string[] Recommended =
    [
        "terraform_deprecated_index", "terraform_deprecated_interpolation", "terraform_deprecated_lookup", "terraform_empty_list_equality",
        "terraform_json_syntax", "terraform_map_duplicate_keys", "terraform_module_pinned_source", "terraform_module_version",
        "terraform_required_providers", "terraform_required_version", "terraform_typed_variables", "terraform_unused_declarations",
        "terraform_workspace_remote",
    ];

    private static readonly string[] All =
    [
        .. Recommended, "terraform_comment_syntax", "terraform_documented_outputs", "terraform_documented_variables", "terraform_module_shallow_clone",
        "terraform_naming_convention", "terraform_standard_module_structure", "terraform_unused_required_providers",
    ];

    private static (LintConfiguration Configuration, List<LintDiagnostic> Problems) Read(string text, string path = "/repo/.tflint.hcl")
    {
        var configuration = new LintConfiguration();
        var problems = new List<LintDiagnostic>();
        TflintConfigReader.Apply(path, text, BuiltInRules.Catalog.Rules, configuration, problems);
        return (configuration, problems);
    }

    private static string[] EnabledTflintRules(LintConfiguration configuration) =>
        TflintPresets.TflintRules(BuiltInRules.Catalog.Rules)
            .Where(r => configuration.Rules.TryGetValue(r.Code, out var s) && s.Enabled is { } on ? on : r.EnabledByDefault)
            .Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Without_configuration_the_recommended_preset_runs()
    {
        EnabledTflintRules(new LintConfiguration()).ShouldBe(Recommended.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_rule_of_tflints_ruleset_is_implemented()
    {
        TflintPresets.TflintRules(BuiltInRules.Catalog.Rules).Select(r => r.Name).Order(StringComparer.Ordinal).ShouldBe(All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("plugin \"terraform\" {\n  enabled = true\n  preset  = \"all\"\n}\n", "all")]
    [InlineData("plugin \"terraform\" {\n  enabled = true\n  preset  = \"recommended\"\n}\n", "recommended")]
    [InlineData("config {\n  call_module_type = \"local\"\n}\n", "recommended")]
    [InlineData("plugin \"terraform\" {\n  enabled = true\n}\n", "plugin defaults")]
    [InlineData("config {\n  disabled_by_default = true\n}\n\nplugin \"terraform\" {\n  enabled = true\n  preset  = \"recommended\"\n}\n", "recommended")]
    public void Presets_turn_on_exactly_tflints_membership(string text, string expected)
    {
        // When
        var (configuration, problems) = Read(text);

        // Then
        problems.ShouldBeEmpty();
        var want = expected switch
        {
            "all" => All,
            "recommended" => Recommended,
            _ => All.Where(n => n != "terraform_module_shallow_clone").ToArray(),
        };
        EnabledTflintRules(configuration).ShouldBe(want.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Disabled_by_default_runs_only_the_rules_enabled_by_name_and_a_disabled_plugin_runs_none()
    {
        // When
        var (onlyNamed, _) = Read("config {\n  disabled_by_default = true\n}\n\nplugin \"terraform\" {\n  enabled = true\n}\n\nrule \"terraform_comment_syntax\" {\n  enabled = true\n}\n");
        var (pluginOff, _) = Read("plugin \"terraform\" {\n  enabled = false\n}\n\nrule \"terraform_comment_syntax\" {\n  enabled = true\n}\n");
        var (ruleOff, _) = Read("plugin \"terraform\" {\n  preset = \"recommended\"\n}\n\nrule \"terraform_required_version\" {\n  enabled = false\n}\n");

        // Then
        EnabledTflintRules(onlyNamed).ShouldBe(["terraform_comment_syntax"]);
        EnabledTflintRules(pluginOff).ShouldBeEmpty();
        EnabledTflintRules(ruleOff).ShouldNotContain("terraform_required_version");
        EnabledTflintRules(ruleOff).Length.ShouldBe(Recommended.Length - 1);
    }

    [Fact]
    public void Rule_blocks_set_options_including_naming_convention_formats_and_per_block_overrides()
    {
        // Given
        const string text = """
            rule "terraform_naming_convention" {
              enabled = true
              format  = "custom_format"

              custom_formats = {
                custom_format = {
                  description = "Custom Format"
                  regex       = "^[a-z]+(-[a-z]+)*$"
                }
              }

              module {
                format = "snake_case"
              }
            }

            rule "terraform_module_pinned_source" {
              enabled          = true
              style            = "semver"
              default_branches = ["trunk"]
            }
            """;

        // When
        var (configuration, problems) = Read(text);
        var findings = LintHarness.Lint("main.tf", "resource \"aws_eip\" \"web_ip\" {}\n\nmodule \"dns-zone\" {\n  source = \"git::https://example.com/dns.git?ref=trunk\"\n}\n", configuration, "terraform_naming_convention", "terraform_module_pinned_source")
            .Select(d => $"{d.Line}:{d.Column} {d.Message}").ToArray();

        // Then
        problems.ShouldBeEmpty();
        findings.ShouldBe([
            "1:1 resource name `web_ip` must match the following format: Custom Format",
            "3:1 module name `dns-zone` must match the following format: snake_case",
            "4:12 Module source \"git::https://example.com/dns.git?ref=trunk\" uses a ref which is not a semantic version string",
        ]);
    }

    [Fact]
    public void A_bad_configuration_is_reported_at_its_position()
    {
        // Given
        const string text = """
            config {
              call_module_type = "remote"
              colour           = true
            }

            plugin "terraform" {
              preset = "strict"
            }

            rule "terraform_naming_convention" {
              enabled = "yes"
              format  = "kebab_case"
              casing  = "lower"
            }

            rule "terraform_unknown_rule" {
              enabled = true
            }

            rule "aws_instance_invalid_type" {
              enabled = false
            }
            """;

        // When
        var (_, problems) = Read(text);

        // Then
        problems.Select(p => $"{p.Line}:{p.Column} {p.Code} {p.Message}").ShouldBe([
            "2:22 IAC0003 .tflint.hcl: call_module_type must be one of \"all\", \"local\", \"none\"",
            "3:3 IAC0003 .tflint.hcl: Unsupported argument; An argument named \"colour\" is not expected here.",
            "7:12 IAC0003 .tflint.hcl: preset must be one of \"all\", \"recommended\"",
            "11:13 IAC0003 .tflint.hcl: enabled must be true or false",
            "13:3 IAC0003 .tflint.hcl: rule \"terraform_naming_convention\" has no option \"casing\" (options: format, custom, custom_formats)",
            "10:1 IAC0003 .tflint.hcl: Invalid default configuration: `kebab_case` is unsupported format",
            "16:6 IAC0003 .tflint.hcl: Rule not found: terraform_unknown_rule",
        ]);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_hcls_message_and_position()
    {
        var (_, problems) = Read("rule \"terraform_comment_syntax\" {\n  enabled = \n}\n");

        problems.Select(p => $"{p.Line}:{p.Column} {p.Message}").ShouldBe([
            "2:13 .tflint.hcl: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
        ]);
    }

    [Fact]
    public void The_file_in_the_project_folder_is_found_and_read()
    {
        // Given
        using var module = new TerraformModuleFolder(
            (".tflint.hcl", "plugin \"terraform\" {\n  enabled = true\n  preset  = \"all\"\n}\n\nrule \"terraform_documented_outputs\" {\n  enabled = false\n}\n"),
            ("main.tf", "// a comment tflint's all preset reports\nlocals {}\n"));

        // When
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = module.Path });
        var findings = new LintEngine().LintPath(Path.Combine(module.Path, "main.tf"), loaded.Configuration).Diagnostics;

        // Then
        loaded.Files.ShouldContain(Path.Combine(module.Path, ".tflint.hcl"));
        loaded.Problems.ShouldBeEmpty();
        findings.ShouldContain(d => d.Rule == "terraform_comment_syntax" && d.Line == 1);
        loaded.Configuration.For("IAC0705").Enabled.ShouldBe(false);
    }

    [Fact]
    public void A_json_configuration_is_read_like_the_hcl_one()
    {
        var (configuration, problems) = Read("""{"plugin": {"terraform": {"enabled": true, "preset": "all"}}, "rule": {"terraform_comment_syntax": {"enabled": false}}}""", "/repo/.tflint.json");

        problems.ShouldBeEmpty();
        EnabledTflintRules(configuration).ShouldBe(All.Where(n => n != "terraform_comment_syntax").Order(StringComparer.Ordinal).ToArray());
    }
}
