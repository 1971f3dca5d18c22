using IacTest.Lint.Build;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The Argo CD and Flux reference rules declare that they read the repository, and the build cache's signature of that
/// read changes when a folder or a YAML file anywhere in it does, so their findings are never served stale.
/// </summary>
public sealed class GitOpsReadsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("iactest-gitops-reads-").FullName;

    public GitOpsReadsTests() => Directory.CreateDirectory(Path.Combine(_root, ".git"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_with_a_flux_kustomization_depends_on_the_whole_repository_and_a_plain_manifest_does_not()
    {
        // Given
        var flux = Write("clusters/production/apps.yaml", "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/production\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n");
        var service = Write("apps/production/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n");

        // When
        var results = new LintEngine().LintFiles([flux, service], new LintConfiguration());

        // Then
        results[0].Reads.ShouldContain(new FolderRead(_root, "**|.yaml|.yml"));
        results[0].Reads.Where(r => r.Folder == _root).ShouldContain(r => r.Tree);
        results[1].Reads.ShouldNotContain(r => r.Tree);
    }

    [Fact]
    public void The_rules_declare_a_repository_read()
    {
        foreach (var name in new[] { "gitops-source-path", "flux-source-ref", "argocd-app-project" })
        {
            var reads = BuiltInRules.Catalog.Find(name)!.Reads;
            reads.Repository.ShouldBeTrue();
            reads.FolderFileSuffixes.ShouldBe([".yaml", ".yml"]);
        }

        // Git file generators usually name JSON config files.
        BuiltInRules.Catalog.Find("applicationset-git-generator")!.Reads.FolderFileSuffixes.ShouldBe([".json", ".yaml", ".yml"]);
    }

    [Fact]
    public void An_application_deploying_an_overlay_reads_what_the_overlay_renders_from()
    {
        // Given an Application of this repository deploying an overlay whose base holds a patch target
        Write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/example/fleet.git\n");
        Write("apps/base/kustomization.yaml", "resources:\n  - deployment.json\n");
        Write("apps/base/deployment.json", "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": \"web\"}}\n");
        Write("apps/production/kustomization.yaml", "resources:\n  - ../base\n");
        var application = Write("apps/root.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/fleet.git\n    path: apps/production\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: web\n");

        // When
        var result = new LintEngine().LintFiles([application], new LintConfiguration())[0];

        // Then the base's JSON manifest, which no repository read of YAML files covers, is among the reads
        result.Diagnostics.ShouldNotContain(d => d.Rule.StartsWith("gitops-source-path", StringComparison.Ordinal));
        result.Reads.ShouldContain(r => r.Folder == Path.Combine(_root, "apps", "base") && r.Suffixes.Contains("deployment.json", StringComparison.Ordinal));
    }

    [Fact]
    public void The_signature_of_a_repository_read_follows_folders_and_yaml_files_at_any_depth()
    {
        // Given
        Write("apps/base/deployment.yaml", "kind: Deployment\n");
        Write("README.md", "# fleet\n");
        var read = FolderRead.Of(RuleReads.RepositoryFiles(".yaml", ".yml"), Path.Combine(_root, "clusters", "apps.yaml"))!;
        var before = new FolderSignatures().Of(read);

        // When / Then: a Markdown file is not read
        Write("README.md", "# fleet, the platform team's\n");
        new FolderSignatures().Of(read).ShouldBe(before);

        // a new, empty folder is (a path may now exist)
        Directory.CreateDirectory(Path.Combine(_root, "apps", "production"));
        var withFolder = new FolderSignatures().Of(read);
        withFolder.ShouldNotBe(before);

        // and so is a YAML file deep down
        Write("apps/production/kustomization.yaml", "resources:\n  - ../base\n");
        new FolderSignatures().Of(read).ShouldNotBe(withFolder);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
