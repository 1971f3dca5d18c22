using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The Flux sources a repository defines are listed once per lint run, however long the walk takes, and listed again
/// by the next run: a big repository is not walked once per file, and a long-lived process never serves an old listing.
/// </summary>
public sealed class GitOpsListingPerRunTests : IDisposable
{
    private const string SourceRef = "flux-source-ref";

    private readonly string _root = Directory.CreateTempSubdirectory("iactest-gitops-run-").FullName;

    public GitOpsListingPerRunTests() => Directory.CreateDirectory(Path.Combine(_root, ".git"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_source_added_during_a_run_is_seen_by_the_next_run_not_by_the_one_that_listed_the_repository()
    {
        // Given: a Flux Kustomization whose source is not defined yet
        var apps = Write("clusters/production/apps.yaml",
            "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\n"
            + "spec:\n  interval: 10m\n  path: ./apps/production\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: platform\n");
        var engine = new LintEngine(new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == SourceRef)));
        var configuration = new LintConfiguration();
        configuration.For(SourceRef).Enabled = true;

        // When: within one run, the source is added after the repository was listed
        IReadOnlyList<FileLintResult> first, sameRun;
        using (LintRun.Begin())
        {
            first = engine.LintFiles([apps], configuration);
            Write("clusters/production/sources.yaml",
                "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: platform\n  namespace: flux-system\n"
                + "spec:\n  interval: 1m\n  url: https://github.com/example/platform\n  ref:\n    branch: main\n");
            sameRun = engine.LintFiles([apps], configuration);
        }

        var nextRun = engine.LintFiles([apps, Path.Combine(_root, "clusters/production/sources.yaml")], configuration);

        // Then
        first[0].Diagnostics.ShouldContain(d => d.Rule == SourceRef);
        sameRun[0].Diagnostics.Select(d => d.Message).ShouldBe(first[0].Diagnostics.Select(d => d.Message));
        nextRun[0].Diagnostics.ShouldNotContain(d => d.Rule == SourceRef);
    }

    [Fact]
    public void A_run_begun_inside_another_changes_nothing_and_its_end_does_not_end_the_outer_run()
    {
        using var outer = LintRun.Begin();
        var run = LintRun.Current;

        using (LintRun.Begin())
        {
            LintRun.Current.ShouldBe(run);
        }

        LintRun.Current.ShouldBe(run);
        run.ShouldNotBe(0);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
