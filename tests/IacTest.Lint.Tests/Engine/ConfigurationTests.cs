using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using static IacTest.Lint.Tests.Engine.LintHarness;

namespace IacTest.Lint.Tests.Engine;

public class ConfigurationTests
{
    private const string Text = "a: 1  \nb: 2";

    [Fact]
    public void A_rule_can_be_disabled_by_name()
    {
        var configuration = new LintConfiguration();
        configuration.For("trailing-spaces").Enabled = false;

        Positions(Run(Text, configuration: configuration), "trailing-spaces").ShouldBeEmpty();
    }

    [Fact]
    public void A_rule_can_be_disabled_by_code()
    {
        var configuration = new LintConfiguration();
        configuration.For("IAC0118").Enabled = false;

        Positions(Run(Text, configuration: configuration), "new-line-at-end-of-file").ShouldBeEmpty();
    }

    [Fact]
    public void Severity_is_overridable_and_the_code_layer_wins_over_the_name_layer()
    {
        var configuration = new LintConfiguration();
        configuration.For("trailing-spaces").Severity = Severity.Info;
        configuration.For("IAC0122").Severity = Severity.Warning;

        Run(Text, configuration: configuration).Single(d => d.Rule == "trailing-spaces").Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void A_rule_ignore_pattern_skips_matching_files_only()
    {
        var configuration = new LintConfiguration();
        configuration.For("trailing-spaces").Ignore.Add(new PathPattern("generated/", string.Empty));

        Positions(Run(Text, "generated/x.yaml", configuration), "trailing-spaces").ShouldBeEmpty();
        Positions(Run(Text, "src/x.yaml", configuration), "trailing-spaces").ShouldBe(["1:5 trailing-spaces"]);
    }

    [Fact]
    public void The_fingerprint_changes_with_any_setting()
    {
        var first = new LintConfiguration();
        var second = new LintConfiguration();
        second.For("line-length").Options["max"] = 120;

        first.Fingerprint().ShouldNotBe(second.Fingerprint());
        new LintConfiguration().Fingerprint().ShouldBe(first.Fingerprint());
    }

    [Theory]
    [InlineData("vendor/", "vendor/a.yml", true)]
    [InlineData("vendor/", "src/vendor/a.yml", true)]
    [InlineData("/vendor/", "src/vendor/a.yml", false)]
    [InlineData("*.generated.yaml", "deep/x.generated.yaml", true)]
    [InlineData("docs/**/*.yml", "docs/a/b/c.yml", true)]
    [InlineData("docs/**/*.yml", "src/c.yml", false)]
    [InlineData("file?.yml", "file1.yml", true)]
    [InlineData("file[0-9].yml", "filex.yml", false)]
    [InlineData("*.yaml", "a.yaml", true)]
    [InlineData("*.yaml", "deep/a.yaml", true)]
    [InlineData("*.yaml", "x.yaml/inside.txt", true)]
    [InlineData("*.yaml", "a.yaml.bak", false)]
    [InlineData("*.yaml", ".yaml", true)]
    [InlineData(".yamllint", "dir/.yamllint", true)]
    [InlineData(".yamllint", "dir/x.yamllint", false)]
    [InlineData("  *.yml  ", "a.yml", true)]
    public void Path_patterns_follow_gitignore(string pattern, string path, bool matches)
    {
        new PathPattern(pattern, string.Empty).Matches(path).ShouldBe(matches);
    }

    [Fact]
    public void A_one_segment_pattern_is_matched_relative_to_its_base_directory()
    {
        var pattern = new PathPattern("*.d", "/srv/conf.d");

        pattern.Matches("/srv/conf.d/a.yml").ShouldBeFalse();
        pattern.Matches("/srv/conf.d/sub.d/a.yml").ShouldBeTrue();
    }

    [Fact]
    public void A_negated_pattern_re_includes_a_path()
    {
        PathPattern[] patterns = [new("*.yml", string.Empty), new("!keep.yml", string.Empty)];

        PathPattern.IsIgnored(patterns, "drop.yml").ShouldBeTrue();
        PathPattern.IsIgnored(patterns, "keep.yml").ShouldBeFalse();
    }
}
