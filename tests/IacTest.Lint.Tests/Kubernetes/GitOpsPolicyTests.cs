using IacTest.Lint.Configuration;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>The opt-in GitOps policies (<c>Fixtures/gitops/policies</c>): pinned revisions and sync settings.</summary>
public sealed class GitOpsPolicyTests
{
    private static readonly string Folder = Path.Combine("gitops", "policies");

    [Fact]
    public void Every_source_that_can_move_is_reported_at_its_revision()
    {
        // Given
        var expected = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, Folder, "unpinned.expected")).Where(l => l.Length > 0).ToArray();

        // When
        var found = LintHarness.LintFixture(Path.Combine(Folder, "unpinned.yaml"), null, "gitops-pinned-revision");

        // Then
        LintHarness.Render(found).ShouldBe(expected);
        found.Select(d => d.Message).ShouldBe([
            "the ref follows a branch: set tag, semver or commit",
            "semver \">=1.2.0 <2.0.0\" is a range: the newest matching tag is deployed",
            "the tag \"latest\" moves with every push: set a version tag or a digest",
            "chart version \"1.16.x\" is a range: the newest matching version is deployed",
            "targetRevision \"^2.16.0\" is a version range, not one chart version",
            "targetRevision \"release\" is a branch, not a tag or a commit",
        ]);
    }

    [Fact]
    public void Sources_at_a_tag_a_commit_a_digest_or_an_exact_version_are_pinned()
    {
        var found = LintHarness.LintFixture(Path.Combine(Folder, "pinned.yaml"), null, "gitops-pinned-revision");

        LintHarness.Render(found).ShouldBeEmpty();
    }

    [Fact]
    public void A_tag_pattern_that_is_not_a_regular_expression_is_reported()
    {
        // Given
        var configuration = new LintConfiguration();
        configuration.For("gitops-pinned-revision").Options["tag-pattern"] = "^v[0-9";

        // When
        var found = LintHarness.LintFixture(Path.Combine(Folder, "pinned.yaml"), configuration, "gitops-pinned-revision");

        // Then
        found.ShouldContain(d => d.Message.StartsWith("the tag-pattern option \"^v[0-9\" is not a regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_is_off_until_a_configuration_asks_for_it()
    {
        var found = LintHarness.LintFixture(Path.Combine(Folder, "unpinned.yaml"), new LintConfiguration());

        found.ShouldNotContain(d => d.Rule.StartsWith("gitops-pinned-revision", StringComparison.Ordinal));
        found.ShouldNotContain(d => d.Rule.StartsWith("gitops-sync-policy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_production_policy_reports_each_forbidden_setting_at_the_setting()
    {
        // Given: no automatic pruning, no allowEmpty, self-heal required
        var configuration = new LintConfiguration();
        configuration.For("gitops-sync-policy").Options["self-heal"] = true;
        var expected = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, Folder, "sync-production.expected")).Where(l => l.Length > 0).ToArray();

        // When
        var found = LintHarness.LintFixture(Path.Combine(Folder, "sync-production.yaml"), configuration, "gitops-sync-policy");

        // Then: the Application whose automation is switched off is left alone
        LintHarness.Render(found).ShouldBe(expected);
    }

    [Fact]
    public void Each_check_of_the_policy_can_be_switched_off()
    {
        var configuration = new LintConfiguration();
        configuration.For("gitops-sync-policy").Options["flux-prune"] = false;
        configuration.For("gitops-sync-policy").Options["allow-empty"] = false;

        var found = LintHarness.LintFixture(Path.Combine(Folder, "sync-production.yaml"), configuration, "gitops-sync-policy");

        LintHarness.Render(found).ShouldBe(["18:14 gitops-sync-policy[automated-prune]"]);
    }
}
