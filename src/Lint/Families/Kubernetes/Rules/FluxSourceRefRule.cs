using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// A Flux <c>sourceRef</c> (or <c>chartRef</c>) names a source the repository defines: a wrong name or namespace
/// leaves the Kustomization or HelmRelease waiting for an artifact that never comes.
/// </summary>
internal sealed class FluxSourceRefRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0492";

    /// <inheritdoc />
    public override string Name => "flux-source-ref";

    /// <inheritdoc />
    public override string Title => "Flux source references must name a source defined in the repository";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "correctness"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override RuleReads Reads => RuleReads.RepositoryFiles(".yaml", ".yml");

    /// <inheritdoc />
    public override bool ReadsOtherFilesFor(LintFile file) => GitOpsObjects.In(file);

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        GitOpsRepositoryOptions.Declared[0],
        new("external-sources", RuleOptionType.StringList, Array.Empty<string>(),
            "Sources defined outside the repository that references may name: `Kind/namespace/name` (or `Kind/name` for any namespace), e.g. `GitRepository/flux-system/platform`."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "The `sourceRef` of a Flux `Kustomization` and of a `HelmChart`, and the `chart.spec.sourceRef` and `chartRef` of a `HelmRelease`, must name a source (`GitRepository`, `OCIRepository`, `HelmRepository`, `Bucket`, `HelmChart`) that a YAML file of the repository defines, by kind, name and namespace. A reference without a `namespace` means the referring object's own namespace, as Flux reads it (a `HelmChart` can only name a source of its own namespace); an object that leaves its own namespace to where it is applied matches a source of that name in any namespace. The repository is the folder holding `.git` (or the `repository-root` option); sources kept elsewhere are listed in `external-sources`. References to an `ExternalArtifact`, which a controller produces rather than a file defines, are not checked. The rule reads the repository's YAML files, so the build cache lints the file again when they change; text linted without a file on disk is checked against the sources it defines itself.";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 1m\n  url: ssh://git@github.com/example/fleet\n  ref:\n    branch: main\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/production\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: fleet-infra\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 1m\n  url: ssh://git@github.com/example/fleet\n  ref:\n    branch: main\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/production\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n";

    /// <summary>Whether a source's namespace matches the one a reference means; an empty side is not known and matches any.</summary>
    internal static bool SameNamespace(string sourceNamespace, string referenceNamespace) =>
        sourceNamespace.Length == 0 || referenceNamespace.Length == 0 || sourceNamespace == referenceNamespace;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var objects = KubeManifest.Objects(context.File);
        List<FluxSource>? sources = null;
        foreach (var obj in objects)
        {
            foreach (var (reference, ownNamespaceOnly) in References(obj))
            {
                var kind = reference.GetScalar("kind") ?? string.Empty;
                if (reference["name"] is not YScalar { IsNull: false } name || kind is "" or "ExternalArtifact" || ArgoSource.IsTemplated(name.Value))
                {
                    continue;
                }

                var ns = ownNamespaceOnly ? obj.Namespace : reference.GetScalar("namespace") ?? obj.Namespace;
                if (ArgoSource.IsTemplated(ns) || IsExternal(context, kind, ns, name.Value))
                {
                    continue;
                }

                sources ??= Sources(context, objects);
                if (sources.Any(s => s.Kind == kind && s.Name == name.Value && SameNamespace(s.Namespace, ns)))
                {
                    continue;
                }

                var elsewhere = sources.FirstOrDefault(s => s.Kind == kind && s.Name == name.Value);
                var where = ns.Length > 0 ? $" in namespace \"{ns}\"" : string.Empty;
                context.Report(name, elsewhere is null
                    ? $"{kind} \"{name.Value}\"{where} is not defined in the repository"
                    : $"{kind} \"{name.Value}\"{where} is not defined in the repository (one is, in namespace \"{elsewhere.Namespace}\"{(reference.ContainsKey("namespace") || ownNamespaceOnly ? string.Empty : ": a reference without a namespace means the referrer's own")})");
            }
        }
    }

    // Each reference with whether it can only name a source of the referrer's namespace (a HelmChart's).
    private static IEnumerable<(YMapping Reference, bool OwnNamespaceOnly)> References(KubeObject obj)
    {
        switch (obj.Group, obj.Kind)
        {
            case ("kustomize.toolkit.fluxcd.io", "Kustomization") when (obj.Spec?["sourceRef"]) is YMapping sourceRef:
                yield return (sourceRef, false);
                break;
            case (FluxSource.Group, "HelmChart") when (obj.Spec?["sourceRef"]) is YMapping chartSource:
                yield return (chartSource, true);
                break;
            case ("helm.toolkit.fluxcd.io", "HelmRelease"):
                if (((obj.Spec?["chart"] as YMapping)?["spec"] as YMapping)?["sourceRef"] is YMapping chartRef)
                {
                    yield return (chartRef, false);
                }

                if (obj.Spec?["chartRef"] is YMapping reference)
                {
                    yield return (reference, false);
                }

                break;
        }
    }

    private static bool IsExternal(RuleContext context, string kind, string ns, string name) =>
        context.Options.List("external-sources").Any(entry => entry.Split('/') switch
        {
            [var k, var n] => k == kind && n == name,
            [var k, var s, var n] => k == kind && n == name && SameNamespace(s, ns),
            _ => false,
        });

    private static List<FluxSource> Sources(RuleContext context, IReadOnlyList<KubeObject> objects)
    {
        string own;
        try
        {
            own = Path.GetFullPath(context.File.Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            own = context.File.Path;
        }

        var sources = FluxSource.In(objects, own).ToList();
        if (GitOpsRepository.Find(context.File.Path, context.Options.String(GitOpsRepositoryOptions.Root), []) is { } repository)
        {
            sources.AddRange(repository.SourcesExcept(context.File.Path));
        }

        return sources;
    }
}
