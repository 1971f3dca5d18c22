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

    // Every rule that checks a repository's references, for the whole-repository tests.
    private static readonly string[] RepositoryRules = [.. ReferenceRules, "argocd-app-project", "applicationset-git-generator"];

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
        var found = files.SelectMany(f => LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, f), Configuration(root, url), RepositoryRules)).ToArray();

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
        var found = LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, broken), Configuration(root, url), RepositoryRules);

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
        flux.ShouldContain("chart \"./charts/billing\" is not a folder of this repository");
        flux.ShouldContain("chart \"./apps/base/podinfo\" holds no Chart.yaml, so Flux cannot build a chart from it");
    }

    [Fact]
    public void Messages_of_the_render_project_and_generator_checks_say_what_Argo_CD_would_do()
    {
        var argo = Broken("argocd-fleet", "https://github.com/example/fleet.git");

        argo.ShouldContain("path \"broken/overlays/canary\" does not render: kustomization.yaml(5,5): \"../../../guestbook/bases\" does not exist (resolved to ../../../guestbook/bases)");
        argo.ShouldContain("AppProject \"payments\" is not defined in the repository (defined: platform, production, staging; projects defined elsewhere belong in external-projects)");
        argo.ShouldContain("repoURL \"git@github.com:example/fleet.git\" is not allowed by AppProject \"production\" (sourceRepos: https://github.com/example/fleet.git)");
        argo.ShouldContain("destination cluster \"production\", namespace \"kube-system\" is not allowed by AppProject \"production\" (destinations: production *, production !kube-*)");
        argo.ShouldContain("directory pattern \"platform/addon/*\" matches no folder of this repository, so it generates no Application");
        argo.ShouldContain("directory pattern \"platform/addons/experimental-*\" matches only folders an exclude pattern removes (platform/addons/experimental-mesh), so it generates no Application");
        argo.ShouldContain("exclude pattern \"platform/addons/legacy-*\" matches no folder of this repository, so it excludes nothing");
        argo.ShouldContain("file pattern \"clusters/*/cluster.json\" matches no file of this repository, so it generates no Application");
    }

    [Fact]
    public void A_change_to_the_base_an_overlay_renders_is_a_read_of_the_application_that_deploys_it()
    {
        // Given the Application deploying the production overlay of the guestbook
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", "argocd-fleet");
        var file = Path.Combine(root, "apps", "children", "guestbook-production.yaml");

        // When its path is rendered
        var check = Lint.Families.Kubernetes.Kustomize.KustomizePathRenderer.Check(Path.Combine(root, "guestbook", "overlays", "production"), Lint.Families.Kubernetes.Model.GitOpsPathReader.ArgoCd);

        // Then it renders, and what it read includes the base's manifests
        File.Exists(file).ShouldBeTrue();
        check.Problem.ShouldBeNull();
        check.Reads.ShouldContain(r => r.Folder == Path.Combine(root, "guestbook", "base") && r.Suffixes.Contains("deployment.yaml", StringComparison.Ordinal));
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
    public void Generator_patterns_of_another_repository_are_checked_only_for_being_globs()
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", "argocd-fleet");

        var found = LintHarness.LintFixture(Path.Combine("gitops", "argocd-fleet", "broken", "applications.yaml"),
            Configuration(root, "https://github.com/example/elsewhere.git"), "applicationset-git-generator");

        LintHarness.Render(found).ShouldBe(["116:19 applicationset-git-generator[pattern]"]);
    }

    [Fact]
    public void A_source_listed_as_external_is_not_reported()
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", "flux-fleet");
        var configuration = Configuration(root, "https://github.com/example/flux-fleet.git");
        configuration.For("flux-source-ref").Options["external-sources"] = new[] { "GitRepository/flux-system/fleet-infra", "OCIRepository/ingress-nginx-chart" };

        var found = LintHarness.LintFixture(Path.Combine("gitops", "flux-fleet", "broken", "references.yaml"), configuration, ReferenceRules);

        LintHarness.Render(found).ShouldBe(["25:9 gitops-source-path[missing]", "54:15 flux-source-ref", "77:14 gitops-source-path[chart]", "92:14 gitops-source-path[chart]"]);
    }

    private static string[] Broken(string repository, string url)
    {
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops", repository);
        var broken = Directory.GetFiles(Path.Combine(root, "broken"), "*.yaml").Single();
        return LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, broken), Configuration(root, url), RepositoryRules)
            .Select(d => d.Message).ToArray();
    }

    internal static LintConfiguration Configuration(string root, string url)
    {
        var configuration = new LintConfiguration();
        foreach (var rule in RepositoryRules)
        {
            configuration.For(rule).Options["repository-root"] = root;
        }

        configuration.For("gitops-source-path").Options["repository-urls"] = new[] { url };
        configuration.For("applicationset-git-generator").Options["repository-urls"] = new[] { url };
        return configuration;
    }
}
