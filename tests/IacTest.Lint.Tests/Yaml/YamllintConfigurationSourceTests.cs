using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Configuration;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Yaml;

public sealed class YamllintConfigurationSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-yamllint-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Dot_yamllint_wins_over_the_yaml_and_yml_spellings()
    {
        // Given
        File.WriteAllText(Path.Combine(_folder, ".yamllint.yaml"), "extends: relaxed\n");
        File.WriteAllText(Path.Combine(_folder, ".yamllint"), "extends: default\n");

        // When
        var located = YamllintConfigurationSource.Locate(new ConfigurationRequest { Directory = _folder });

        // Then
        located.ShouldBe(Path.Combine(_folder, ".yamllint"));
    }

    [Fact]
    public void Extends_relaxed_lowers_levels_and_changes_options()
    {
        // When
        var (configuration, problems) = Load(new ConfigurationRequest { Directory = _folder, YamllintConfigData = "relaxed" });

        // Then
        problems.ShouldBeEmpty();
        configuration.Rules["braces"].Severity.ShouldBe(Severity.Warning);
        configuration.Rules["braces"].Options["max-spaces-inside"].ShouldBe(1);
        configuration.Rules["truthy"].Enabled.ShouldBe(false);
        configuration.Rules["key-duplicates"].Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void A_rule_left_out_of_a_configuration_without_extends_is_off()
    {
        // When
        var (configuration, _) = Load(new ConfigurationRequest { Directory = _folder, YamllintConfigData = "rules:\n  line-length: {max: 100}\n" });

        // Then
        configuration.Rules["line-length"].Enabled.ShouldBe(true);
        configuration.Rules["line-length"].Options["max"].ShouldBe(100);
        configuration.Rules["indentation"].Enabled.ShouldBe(false);
    }

    [Fact]
    public void A_base_level_survives_an_override_of_options()
    {
        // When
        var (configuration, _) = Load(new ConfigurationRequest { Directory = _folder, YamllintConfigData = "extends: default\nrules:\n  comments: {min-spaces-from-content: 1}\n  document-end: {present: false}\n" });

        // Then
        configuration.Rules["comments"].Severity.ShouldBe(Severity.Warning);
        configuration.Rules["document-end"].Severity.ShouldBe(Severity.Error);
        configuration.Rules["document-end"].Enabled.ShouldBe(true);
    }

    [Theory]
    [InlineData("rules:\n  line-length: {max: long}\n", 2, 22, "invalid config: option \"max\" of \"line-length\" should be int")]
    [InlineData("rules:\n  no-such-rule: enable\n", 2, 17, "invalid config: no such rule: \"no-such-rule\"")]
    [InlineData("rules:\n  truthy: {level: fatal}\n", 2, 19, "invalid config: level should be \"error\" or \"warning\"")]
    [InlineData("rules:\n  colons: {spaces: 2}\n", 2, 12, "invalid config: unknown option \"spaces\" for rule \"colons\"")]
    [InlineData("rules:\n  truthy: {allowed-values: [maybe]}\n", 2, 28, "invalid config: option \"allowed-values\" of \"truthy\" should only contain values in [YES, Yes, yes, NO, No, no, TRUE, True, true, FALSE, False, false, ON, On, on, OFF, Off, off]")]
    [InlineData("ignore: a\nignore-from-file: b\n", 2, 1, "invalid config: ignore and ignore-from-file keys cannot be used together")]
    [InlineData("rules: [\n", 2, 1, null)]
    public void An_invalid_configuration_is_one_positioned_config_diagnostic(string content, int line, int column, string? message)
    {
        // Given
        var file = Path.Combine(_folder, ".yamllint");
        File.WriteAllText(file, content);

        // When
        var (_, problems) = Load(new ConfigurationRequest { Directory = _folder });

        // Then
        var problem = problems.ShouldHaveSingleItem();
        (problem.Code, problem.File, problem.Line, problem.Column).ShouldBe((EngineRules.ConfigCode, file, line, column));
        if (message is not null)
        {
            problem.Message.ShouldBe(message);
        }
    }

    [Fact]
    public void Global_and_per_rule_ignores_skip_the_matching_files()
    {
        // Given
        Directory.CreateDirectory(Path.Combine(_folder, "vendor"));
        File.WriteAllText(Path.Combine(_folder, "vendor", "a.yaml"), "key:   value\n");
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), "---\nkey:   value   \n");
        File.WriteAllText(Path.Combine(_folder, ".yamllint"), "extends: default\nignore: |\n  vendor/\nrules:\n  colons:\n    ignore: ['b.yaml']\n");
        var (configuration, _) = Load(new ConfigurationRequest { Directory = _folder });
        var engine = new LintEngine();

        // When
        var vendored = engine.LintPath(Path.Combine(_folder, "vendor", "a.yaml"), configuration);
        var local = engine.LintPath(Path.Combine(_folder, "b.yaml"), configuration);

        // Then
        vendored.Diagnostics.ShouldBeEmpty();
        local.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["2:13 trailing-spaces"]);
    }

    private static (LintConfiguration Configuration, List<LintDiagnostic> Problems) Load(ConfigurationRequest request)
    {
        var configuration = new LintConfiguration();
        var problems = new List<LintDiagnostic>();
        new YamllintConfigurationSource().Apply(request, configuration, problems);
        return (configuration, problems);
    }
}
