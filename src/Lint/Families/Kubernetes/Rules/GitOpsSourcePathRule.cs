using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Kustomize;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// The path an Argo CD Application or a Flux Kustomization deploys from this repository exists and renders: a typo or
/// a moved folder otherwise shows up only as a failed sync in the cluster.
/// </summary>
internal sealed class GitOpsSourcePathRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0491";

    /// <inheritdoc />
    public override string Name => "gitops-source-path";

    /// <inheritdoc />
    public override string Title => "Argo CD and Flux paths must exist in the repository and render";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["outside", "missing", "empty", "render", "chart"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override RuleReads Reads => RuleReads.RepositoryFiles(".yaml", ".yml");

    /// <inheritdoc />
    public override bool ReadsOtherFilesFor(LintFile file) => GitOpsObjects.In(file);

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options => GitOpsRepositoryOptions.Declared;

    /// <inheritdoc />
    public override string Description =>
        "An Argo CD `Application` (each of `spec.source` and `spec.sources`, and the template of an `ApplicationSet`) and a Flux `Kustomization` (`kustomize.toolkit.fluxcd.io`) name a `path` inside a repository. When that repository is this one — the `repoURL` of the Application, or the `url` of the `GitRepository` its `sourceRef` names, is one of this repository's Git remotes or of the `repository-urls` option — the path is looked up relative to the repository's root (the folder holding `.git`, or the `repository-root` option): it must exist (`missing`) and hold what the tool renders (`empty`): a `kustomization.yaml`, for Argo CD a Helm chart (`Chart.yaml`) or manifests in the folder itself (its sub-folders only with `directory.recurse: true`), for Flux manifests at any depth. Whatever the repository, a path that is absolute (Argo CD) or climbs out of the repository with `..` is reported (`outside`): Argo CD refuses it, and Flux quietly confines it to the repository root. A path that holds a kustomization is rendered by the renderer the overlays use (`kustomize-overlay`): an overlay that does not build — a missing base, a patch that matches no object, a cycle — is reported at the `path` that deploys it, with the place of the entry at fault (`render`). A Flux `HelmRelease` (or `HelmChart`) whose chart comes from a `GitRepository` of this repository names the chart's folder in `chart` (`./charts/podinfo`): it must exist and hold a `Chart.yaml` (`chart`); charts of a `HelmRepository` or `OCIRepository` are names, not paths, and are not looked up. Paths filled in by a template (`{{path}}`, `${cluster}`) are not checked. The rule reads the repository's folders and YAML files and the files an overlay it renders reads, so the build cache lints the file again when they change.";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ingress\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/fleet.git\n    targetRevision: main\n    path: ../platform/ingress-nginx\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ingress-nginx\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ingress\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/fleet.git\n    targetRevision: main\n    path: platform/ingress-nginx\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ingress-nginx\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var objects = KubeManifest.Objects(context.File);
        GitOpsRepository? repository = null;
        var looked = false;
        GitOpsRepository? Repository()
        {
            if (!looked)
            {
                repository = GitOpsRepositoryOptions.Find(context);
                looked = true;
            }

            return repository;
        }

        foreach (var obj in objects)
        {
            foreach (var source in ArgoSource.Of(obj))
            {
                if (source.Path is { IsNull: false } path && !ArgoSource.IsTemplated(path.Value) && !ArgoSource.IsTemplated(source.RepoUrl))
                {
                    var reader = source.Recurse ? GitOpsPathReader.ArgoCdRecursive : GitOpsPathReader.ArgoCd;
                    CheckPath(context, path, reader, source.RepoUrl.Length > 0 && Repository() is { } repo && repo.IsThisRepository(source.RepoUrl) ? repo : null);
                }
            }

            if (obj.Group == "kustomize.toolkit.fluxcd.io" && obj.Kind == "Kustomization"
                && obj.Spec?["path"] is YScalar { IsNull: false } fluxPath && !ArgoSource.IsTemplated(fluxPath.Value))
            {
                CheckPath(context, fluxPath, GitOpsPathReader.Flux, FluxSourceIsThisRepository(context, obj, obj.Spec["sourceRef"] as YMapping, objects, Repository));
            }

            if (FluxChart(obj) is var (chart, chartSource) && !ArgoSource.IsTemplated(chart.Value))
            {
                CheckChart(context, chart, FluxSourceIsThisRepository(context, obj, chartSource, objects, Repository));
            }
        }
    }

    // The chart a HelmRelease (chart.spec) or a HelmChart (spec) takes from a source, with that source's reference.
    private static (YScalar Chart, YMapping? SourceRef)? FluxChart(KubeObject obj)
    {
        var spec = (obj.Group, obj.Kind) switch
        {
            ("helm.toolkit.fluxcd.io", "HelmRelease") => (obj.Spec?["chart"] as YMapping)?["spec"] as YMapping,
            (FluxSource.Group, "HelmChart") => obj.Spec,
            _ => null,
        };
        return spec?["chart"] is YScalar { IsNull: false } chart ? (chart, spec["sourceRef"] as YMapping) : null;
    }

    // The repository, when a Flux object's source reference names a GitRepository pointing at it.
    private static GitOpsRepository? FluxSourceIsThisRepository(RuleContext context, KubeObject referrer, YMapping? sourceRef, IReadOnlyList<KubeObject> objects, Func<GitOpsRepository?> find)
    {
        if (sourceRef is null || (sourceRef.GetScalar("kind") ?? string.Empty) != "GitRepository"
            || sourceRef.GetScalar("name") is not { } name || find() is not { } repository)
        {
            return null;
        }

        var ns = sourceRef.GetScalar("namespace") ?? referrer.Namespace;
        var sources = FluxSource.In(objects, Path.GetFullPath(context.File.Path)).Concat(repository.SourcesExcept(context.File.Path));
        return sources.Any(s => s.Kind == "GitRepository" && s.Name == name && FluxSourceRefRule.SameNamespace(s.Namespace, ns) && repository.IsThisRepository(s.Url))
            ? repository
            : null;
    }

    private static void CheckPath(RuleContext context, YScalar path, GitOpsPathReader reader, GitOpsRepository? repository)
    {
        var value = path.Value;
        var absolute = value.StartsWith('/') || Path.IsPathRooted(value);
        var relative = reader == GitOpsPathReader.Flux ? value.TrimStart('/') : value;
        if ((absolute && reader != GitOpsPathReader.Flux) || Climbs(relative))
        {
            context.Report(path, absolute && reader != GitOpsPathReader.Flux
                ? $"path \"{value}\" is absolute: Argo CD reads paths relative to the repository root and refuses this one"
                : $"path \"{value}\" climbs out of the repository root", "outside");
            return;
        }

        if (repository?.Resolve(relative) is not { } folder)
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            context.Report(path, $"path \"{value}\" is not a folder of this repository", "missing");
            return;
        }

        if (GitOpsPathRendering.Renderer is KustomizePathRenderer)
        {
            var check = KustomizePathRenderer.Check(folder, reader);
            foreach (var read in check.Reads)
            {
                context.AddRead(read);
            }

            if (check.Problem is { } rendered)
            {
                context.Report(path, $"path \"{value}\" {rendered}", check.IsRenderError ? "render" : "empty");
            }
        }
        else if (GitOpsPathRendering.Renderer.Problem(folder, reader) is { } problem)
        {
            context.Report(path, $"path \"{value}\" {problem}", "empty");
        }
    }

    // A chart Flux builds from a Git source is a folder of that repository holding a Chart.yaml; a chart of a Helm or
    // OCI repository is a name, not a path, and is not looked up (nor rendered: no helm here).
    private static void CheckChart(RuleContext context, YScalar chart, GitOpsRepository? repository)
    {
        var value = chart.Value;
        if (repository is null)
        {
            return;
        }

        if (Climbs(value.TrimStart('/')))
        {
            context.Report(chart, $"chart \"{value}\" climbs out of the repository root", "outside");
            return;
        }

        if (repository.Resolve(value.TrimStart('/')) is not { } folder)
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            context.Report(chart, $"chart \"{value}\" is not a folder of this repository", "chart");
        }
        else if (!File.Exists(Path.Combine(folder, "Chart.yaml")))
        {
            context.Report(chart, $"chart \"{value}\" holds no Chart.yaml, so Flux cannot build a chart from it", "chart");
        }
    }

    private static bool Climbs(string relative)
    {
        var depth = 0;
        foreach (var segment in relative.Split('/', '\\'))
        {
            depth += segment switch
            {
                ".." => -1,
                "" or "." => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return true;
            }
        }

        return false;
    }
}
