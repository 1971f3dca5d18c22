using System.Diagnostics;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The reference rules in a real Git repository (made with the <c>git</c> command in a temporary folder): the root is
/// found from <c>.git</c>, the repository's URL from its remote, tags and branches from its refs; no option needed.
/// </summary>
public sealed class GitOpsGitRepositoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "iactest-gitops-" + Guid.NewGuid().ToString("N"));

    public GitOpsGitRepositoryTests()
    {
        Directory.CreateDirectory(_root);
        Write("guestbook/overlays/production/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n");
        Write("guestbook/overlays/production/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: guestbook\n");
        Git("init", "-q", "-b", "main");
        Git("remote", "add", "origin", "git@github.com:example/fleet.git");
        Git("add", ".");
        Git("-c", "user.name=Fleet", "-c", "user.email=fleet@example.com", "commit", "-q", "-m", "guestbook overlay");
        Git("tag", "v1.4.0");
        Git("branch", "release-1.4");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_repository_is_found_from_git_and_its_remote_names_it()
    {
        // Given: one Application per case, found under a sub-folder of the repository
        var path = Write("apps/guestbook.yaml", Application("https://github.com/example/fleet", "main", "guestbook/overlays/production")
            + "---\n" + Application("https://github.com/example/fleet.git", "main", "guestbook/overlays/staging"));

        // When
        var found = Lint(path, new LintConfiguration(), "gitops-source-path");

        // Then
        LintHarness.Render(found).ShouldBe(["26:11 gitops-source-path[missing]"]);
    }

    [Fact]
    public void A_revision_of_this_repository_is_pinned_when_it_is_a_tag_it_has()
    {
        // Given
        var path = Write("apps/guestbook.yaml", Application("git@github.com:example/fleet.git", "v1.4.0", "guestbook/overlays/production")
            + "---\n" + Application("git@github.com:example/fleet.git", "release-1.4", "guestbook/overlays/production")
            + "---\n" + Application("git@github.com:example/fleet.git", "HEAD", "guestbook/overlays/production"));
        var configuration = new LintConfiguration();
        configuration.For("gitops-pinned-revision").Options["this-repository"] = true;

        // When
        var found = Lint(path, configuration, "gitops-pinned-revision");

        // Then: a branch of the repository, though it looks like a version, is not a tag
        LintHarness.Render(found).ShouldBe(["25:21 gitops-pinned-revision", "40:21 gitops-pinned-revision"]);
        found.Select(d => d.Message).ShouldBe([
            "targetRevision \"release-1.4\" is a branch, not a tag or a commit",
            "the source follows HEAD: set targetRevision to a tag or a commit",
        ]);
    }

    [Fact]
    public void Sources_of_this_repository_are_left_alone_unless_asked()
    {
        var path = Write("apps/guestbook.yaml", Application("git@github.com:example/fleet.git", "main", "guestbook/overlays/production"));

        var found = Lint(path, new LintConfiguration(), "gitops-pinned-revision");

        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_sync_policy_holds_only_in_the_paths_configured()
    {
        // Given: the same prune setting for production and staging
        var production = Write("clusters/production/apps.yaml", FluxKustomization("./apps/production"));
        var staging = Write("clusters/staging/apps.yaml", FluxKustomization("./apps/staging"));
        var configuration = new LintConfiguration();
        configuration.For("gitops-sync-policy").Options["paths"] = new[] { "clusters/production/" };

        // When
        var inProduction = Lint(production, configuration, "gitops-sync-policy");
        var inStaging = Lint(staging, configuration, "gitops-sync-policy");

        // Then
        LintHarness.Render(inProduction).ShouldBe(["8:10 gitops-sync-policy[flux-prune]"]);
        inStaging.ShouldBeEmpty();
    }

    private static IReadOnlyList<Diagnostics.LintDiagnostic> Lint(string path, LintConfiguration configuration, string rule)
    {
        configuration.For(rule).Enabled = true;
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == rule));
        return new LintEngine(catalog).LintPath(path, configuration).Diagnostics;
    }

    private static string Application(string repoUrl, string revision, string path) => $"""
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: guestbook
          namespace: argocd
        spec:
          project: default
          source:
            repoURL: {repoUrl}
            targetRevision: {revision}
            path: {path}
          destination:
            server: https://kubernetes.default.svc
            namespace: guestbook

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FluxKustomization(string path) => $"""
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: apps
          namespace: flux-system
        spec:
          interval: 10m
          prune: true
          path: {path}
          sourceRef:
            kind: GitRepository
            name: flux-system

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, error);
    }
}
