using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The Argo CD and Flux reference rules on repositories laid out as real ones are (<c>Fixtures/gitops/*</c>): an app of
/// apps with overlays per environment, a Flux fleet with <c>clusters/&lt;name&gt;/flux-system</c>. Each repository's
/// files outside <c>broken/</c> have no finding; each <c>broken/*.yaml</c> has exactly the findings of its <c>.expected</c>.
/// </summary>
public sealed class GitOpsRepositoryTests
{
    private static readonly string[] ReferenceRules = ["gitops-source-path", "flux-source-ref"];

    public static TheoryData<string, string> Repositories() => new()
    {
        { "argocd-fleet", "https://github.com/example/fleet.git" },
        { "flux-fleet", "https://github.com/example/flux-fleet.git" },
    };

    [Theory]
    [MemberData(nameof(Repositories))]
    public void The_files_of_a_sound_repository_have_no_finding(string repository, string url)
    {
        // Given
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", repository);
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "broken" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();

        // When
        var found = files.SelectMany(f => LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, f), Configuration(root, url), ReferenceRules)).ToArray();

        // Then
        files.Length.ShouldBeGreaterThan(8);
        found.Select(d => $"{Path.GetRelativePath(root, d.File)}:{d.Line}:{d.Column} {d.Rule} {d.Message}").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void A_broken_file_reports_exactly_the_expected_findings(string repository, string url)
    {
        // Given
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", repository);
        var broken = Directory.GetFiles(Path.Combine(root, "broken"), "*.yaml").Single();
        var expected = File.ReadAllLines(Path.ChangeExtension(broken, ".expected")).Where(l => l.Length > 0).ToArray();

        // When
        var found = LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, broken), Configuration(root, url), ReferenceRules);

        // Then
        LintHarness.Render(found).ShouldBe(expected);
    }

    [Fact]
    public void Messages_name_the_path_or_source_and_why()
    {
        var argo = Broken("argocd-fleet", "https://github.com/example/fleet.git");
        var flux = Broken("flux-fleet", "https://github.com/example/flux-fleet.git");

        argo.ShouldContain("path \"guestbook/overlays/prod\" is not a folder of this repository");
        argo.ShouldContain("path \"docs\" holds no kustomization, Helm chart or manifest (sub-folders are read only with directory.recurse: true)");
        argo.ShouldContain("path \"/platform/monitoring\" is absolute: Argo CD reads paths relative to the repository root and refuses this one");
        argo.ShouldContain("path \"../../etc\" climbs out of the repository root");
        flux.ShouldContain("GitRepository \"fleet-infra\" in namespace \"flux-system\" is not defined in the repository");
        flux.ShouldContain("HelmRepository \"podinfo\" in namespace \"podinfo\" is not defined in the repository (one is, in namespace \"flux-system\": a reference without a namespace means the referrer's own)");
        flux.ShouldContain("path \"./tenants/production\" is not a folder of this repository");
    }

    [Fact]
    public void A_path_of_another_repository_is_not_looked_up()
    {
        // Given: the repository is not known by the URL the Application names
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", "argocd-fleet");

        // When
        var found = LintHarness.LintFixture(Path.Combine("gitops", "argocd-fleet", "broken", "applications.yaml"),
            Configuration(root, "https://github.com/example/elsewhere.git"), ReferenceRules);

        // Then: only what is wrong whatever the repository
        LintHarness.Render(found).ShouldBe(["45:13 gitops-source-path[outside]", "48:13 gitops-source-path[outside]"]);
    }

    [Fact]
    public void A_source_listed_as_external_is_not_reported()
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", "flux-fleet");
        var configuration = Configuration(root, "https://github.com/example/flux-fleet.git");
        configuration.For("flux-source-ref").Options["external-sources"] = new[] { "GitRepository/flux-system/fleet-infra", "OCIRepository/ingress-nginx-chart" };

        var found = LintHarness.LintFixture(Path.Combine("gitops", "flux-fleet", "broken", "references.yaml"), configuration, ReferenceRules);

        LintHarness.Render(found).ShouldBe(["25:9 gitops-source-path[missing]", "54:15 flux-source-ref"]);
    }

    private static string[] Broken(string repository, string url)
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", repository);
        var broken = Directory.GetFiles(Path.Combine(root, "broken"), "*.yaml").Single();
        return LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, broken), Configuration(root, url), ReferenceRules)
            .Select(d => d.Message).ToArray();
    }

    internal static LintConfiguration Configuration(string root, string url)
    {
        var configuration = new LintConfiguration();
        foreach (var rule in ReferenceRules)
        {
            configuration.For(rule).Options["repository-root"] = root;
        }

        configuration.For("gitops-source-path").Options["repository-urls"] = new[] { url };
        return configuration;
    }
}
