using System.Reflection;
using System.Runtime.CompilerServices;
using IacTest.Harness.Converge;
using IacTest.Harness.Modules;
using IacTest.Lint.Families.Kubernetes.Kustomize;

namespace IacTest.Harness.Kubernetes;

/// <summary>
/// The Kubernetes objects of files and folders (multi-document YAML, <c>kind: List</c> expanded), or of a rendered
/// Kustomize overlay (<see cref="FromOverlay"/>), looked up by kind, name and namespace, with typed queries over their
/// workloads and containers. Documents that are not Kubernetes objects become diagnostics.
/// </summary>
public sealed class ManifestSet
{
    private ManifestSet(IReadOnlyList<KubernetesManifest> manifests, IReadOnlyList<ModuleDiagnostic> diagnostics)
    {
        Manifests = manifests;
        Diagnostics = diagnostics;
    }

    /// <summary>The rendering this set was made from; null for a set loaded from files.</summary>
    public KustomizeRender? Rendered { get; private init; }

    /// <summary>
    /// The rendered YAML, exactly as <c>kubectl kustomize</c> prints it: the text to snapshot
    /// (<c>Snapshot.Match(set.RenderedYaml, extension: "yaml")</c>). Empty for a set loaded from files.
    /// </summary>
    public string RenderedYaml => Rendered?.Yaml ?? string.Empty;

    /// <summary>Every object in file order, then document order.</summary>
    public IReadOnlyList<KubernetesManifest> Manifests { get; }

    /// <summary>Problems met while loading, with positions.</summary>
    public IReadOnlyList<ModuleDiagnostic> Diagnostics { get; }

    /// <summary>Loads files and folders (folders: every <c>*.yaml</c>/<c>*.yml</c> below, sorted).</summary>
    /// <exception cref="FileNotFoundException">When a path is neither a file nor a folder.</exception>
    public static ManifestSet Load(params string[] paths)
    {
        var diagnostics = new List<ModuleDiagnostic>();
        var manifests = new List<KubernetesManifest>();
        foreach (var file in paths.SelectMany(Expand))
        {
            var documents = YamlFileLoader.LoadDocuments(file, diagnostics);
            for (var index = 0; index < documents.Count; index++)
            {
                if (documents[index] is { } root)
                {
                    Add(root, index, manifests, diagnostics);
                }
            }
        }

        foreach (var duplicate in manifests.GroupBy(m => (m.ApiVersion.Split('/')[0], m.Kind, m.Namespace, m.Name)).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var again in duplicate.Skip(1))
            {
                diagnostics.Add(new ModuleDiagnostic(again.Location, $"{again} is defined again (first at {first.Location})"));
            }
        }

        return new ManifestSet(manifests, diagnostics);
    }

    /// <summary>
    /// Renders the Kustomize overlay in <paramref name="folder"/> as Argo CD and Flux do (with <c>kubectl kustomize</c>)
    /// and loads the objects a cluster would receive. Locations are lines of the rendered text; each object's
    /// <see cref="KubernetesManifest.Origin"/> says which file (or generator) it came from.
    /// </summary>
    /// <param name="folder">A folder with a kustomization file; a relative path is relative to the test project's folder, where the manifests are.</param>
    /// <param name="options">Which kubectl and helm; the defaults when null.</param>
    /// <exception cref="OverlayRenderException">When the overlay does not render; the message lists each problem at its file, line and column.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ManifestSet FromOverlay(string folder, KustomizeOptions? options = null)
    {
        var render = KustomizeRenderer.Render(ProjectRelativePath.Resolve(folder, Assembly.GetCallingAssembly()), options);
        if (!render.Rendered)
        {
            throw new OverlayRenderException(render);
        }

        var diagnostics = new List<ModuleDiagnostic>();
        var manifests = new List<KubernetesManifest>();
        var documents = YamlFileLoader.ParseDocuments(render.Yaml, render.KustomizationFile + " (rendered)", diagnostics);
        for (var index = 0; index < documents.Count; index++)
        {
            if (documents[index] is { } root)
            {
                var first = manifests.Count;
                Add(root, index, manifests, diagnostics);
                for (var i = first; i < manifests.Count; i++)
                {
                    manifests[i] = manifests[i].WithOrigin(index < render.Origins.Count ? render.Origins[index] : KustomizeOrigin.Unknown);
                }
            }
        }

        return new ManifestSet(manifests, diagnostics) { Rendered = render };
    }

    /// <summary>The workloads (Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs) with their pod specs.</summary>
    public IReadOnlyList<KubernetesWorkload> Workloads() =>
        Manifests.Select(KubernetesWorkload.Of).OfType<KubernetesWorkload>().ToList();

    /// <summary>Every container (init containers included) of every workload, optionally of one namespace only.</summary>
    public IReadOnlyList<KubernetesContainer> Containers(string? ns = null) =>
        Workloads().Where(w => ns is null || w.Manifest.Namespace == ns).SelectMany(w => w.Containers).ToList();

    /// <summary>The objects of one kind (case-sensitive, as Kubernetes kinds are).</summary>
    public IReadOnlyList<KubernetesManifest> OfKind(string kind) => Manifests.Where(m => m.Kind == kind).ToList();

    /// <summary>The one object of <paramref name="kind"/> named <paramref name="name"/> (in <paramref name="ns"/> when given).</summary>
    /// <exception cref="KeyNotFoundException">When there is none; the message lists the objects there are.</exception>
    public KubernetesManifest Get(string kind, string name, string? ns = null) =>
        Manifests.FirstOrDefault(m => m.Kind == kind && m.Name == name && (ns is null || m.Namespace == ns))
        ?? throw new KeyNotFoundException($"No {kind} named '{name}'{(ns is null ? string.Empty : $" in namespace '{ns}'")}. Objects: {string.Join(", ", Manifests)}.");

    private static IEnumerable<string> Expand(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
        }

        throw new FileNotFoundException($"'{full}' is neither a file nor a folder.", full);
    }

    private static void Add(ModuleNode root, int index, List<KubernetesManifest> manifests, List<ModuleDiagnostic> diagnostics)
    {
        if (root.Kind != ModuleNodeKind.Mapping || root.GetText("kind") is not { } kind || root.GetText("apiVersion") is not { } apiVersion)
        {
            diagnostics.Add(new ModuleDiagnostic(root.Location, "the document is not a Kubernetes object (it needs apiVersion and kind)"));
            return;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && root["items"] is { Kind: ModuleNodeKind.Sequence } items)
        {
            foreach (var item in items.Items)
            {
                Add(item, index, manifests, diagnostics);
            }

            return;
        }

        var metadata = root["metadata"];
        manifests.Add(new KubernetesManifest
        {
            ApiVersion = apiVersion,
            Kind = kind,
            Name = metadata?.GetText("name") ?? metadata?.GetText("generateName") ?? string.Empty,
            Namespace = metadata?.GetText("namespace"),
            Labels = metadata?["labels"] is { Kind: ModuleNodeKind.Mapping } labels
                ? labels.Entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value.Text ?? string.Empty, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            DocumentIndex = index,
            Root = root,
        });
    }
}
