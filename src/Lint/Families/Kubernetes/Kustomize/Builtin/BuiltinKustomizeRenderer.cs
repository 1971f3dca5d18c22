using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Renders the common Kustomize features without running anything: resources and bases, components, generators,
/// strategic-merge and JSON 6902 patches, namespace, name prefix and suffix, labels and annotations, images, replicas,
/// the generators' hash suffixes and the name references they change, Kustomize's output order and its YAML form.
/// Its output is compared with <c>kubectl kustomize</c> on a corpus of overlays; an overlay that uses anything else
/// (a transformer plugin, Helm, replacements, a remote base, a value it cannot write exactly) is not rendered here, so
/// the caller runs Kustomize itself.
/// </summary>
internal sealed class BuiltinKustomizeRenderer
{
    /// <summary>The name a render reports for this renderer.</summary>
    public const string Name = "built-in";

    private static readonly HashSet<string> SupportedFields = new(StringComparer.Ordinal)
    {
        "apiVersion", "kind", "metadata", "resources", "bases", "components", "namespace", "namePrefix", "nameSuffix",
        "commonLabels", "labels", "commonAnnotations", "images", "replicas", "patches", "patchesStrategicMerge",
        "patchesJson6902", "configMapGenerator", "secretGenerator", "generatorOptions",
    };

    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
        "StorageClass", "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService",
        "IngressClass", "RuntimeClass", "CSIDriver", "CSINode", "VolumeAttachment", "PodSecurityPolicy",
        "CertificateSigningRequest", "ComponentStatus",
    };

    private readonly List<string> _stack = [];

    /// <summary>The rendered YAML and each document's resource (its origin), or null with the reason when Kustomize must render it.</summary>
    public static (string Yaml, IReadOnlyList<BuiltinResource> Resources)? TryRender(string folder, out string? reason)
    {
        try
        {
            var resources = new BuiltinKustomizeRenderer().Build(Path.GetFullPath(folder));
            reason = null;
            return (GoYamlWriter.Write(resources.Select(r => r.Body)), resources);
        }
        catch (KustomizeUnsupportedException exception)
        {
            reason = exception.Message;
            return null;
        }
    }

    private List<BuiltinResource> Build(string folder)
    {
        var resources = new List<BuiltinResource>();
        Accumulate(folder, resources, component: false);
        foreach (var resource in resources.Where(r => r.NeedsHash))
        {
            resource.Rename(resource.Name + "-" + KustomizeHash.Of(resource.Body));
        }

        NameReferences.Fix(resources);
        return LegacyOrder.Sort(resources);
    }

    private void Accumulate(string folder, List<BuiltinResource> resources, bool component)
    {
        if (_stack.Contains(folder, StringComparer.Ordinal))
        {
            throw new KustomizeUnsupportedException("a cycle");
        }

        _stack.Add(folder);
        var kustomization = Read(folder);
        var kind = kustomization.Root.String("kind") ?? "Kustomization";
        if (kind != (component ? "Component" : "Kustomization"))
        {
            throw new KustomizeUnsupportedException($"a {kind} where a {(component ? "Component" : "Kustomization")} is expected");
        }

        // Only the entries below add objects until the generators run: the ids are gathered once, not per entry.
        var ids = resources.Select(Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Strings(kustomization.Root.List("resources")).Concat(Strings(kustomization.Root.List("bases"))))
        {
            var path = Path.GetFullPath(Path.Combine(kustomization.Folder, entry));
            if (entry.Contains("://", StringComparison.Ordinal) || entry.StartsWith("github.com/", StringComparison.Ordinal) || entry.StartsWith("git@", StringComparison.Ordinal))
            {
                throw new KustomizeUnsupportedException($"the remote resource {entry}");
            }

            if (Directory.Exists(path))
            {
                var sub = new List<BuiltinResource>();
                Accumulate(path, sub, component: false);
                AddAll(resources, ids, sub);
            }
            else if (File.Exists(path))
            {
                RequireWithin(kustomization, path, entry);
                AddAll(resources, ids, ReadManifests(path));
            }
            else
            {
                throw new KustomizeUnsupportedException($"the missing resource {entry}");
            }
        }

        foreach (var entry in Strings(kustomization.Root.List("components")))
        {
            var path = Path.GetFullPath(Path.Combine(kustomization.Folder, entry));
            if (!Directory.Exists(path))
            {
                throw new KustomizeUnsupportedException($"the component {entry}");
            }

            Accumulate(path, resources, component: true);
        }

        KustomizeGenerators.Run(kustomization, resources);
        KustomizeTransformers.Run(kustomization, resources);
        _stack.RemoveAt(_stack.Count - 1);
    }

    /// <summary>
    /// Kustomize reads a file only in or below the kustomization's folder (its load restrictor): a file elsewhere is
    /// Kustomize's error to report.
    /// </summary>
    public static void RequireWithin(KustomizationFile kustomization, string fullPath, string entry)
    {
        var relative = Path.GetRelativePath(kustomization.Folder, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new KustomizeUnsupportedException($"the file {entry} outside the kustomization's folder");
        }
    }

    /// <summary>Whether objects of <paramref name="kind"/> have a namespace.</summary>
    public static bool IsNamespaced(string kind) => !ClusterScoped.Contains(kind);

    /// <summary>The patches of an entry of <c>patches</c>, <c>patchesStrategicMerge</c> or <c>patchesJson6902</c>: a file's documents or inline text.</summary>
    public static List<KNode> PatchBodies(KustomizationFile kustomization, string? path, string? inline)
    {
        string text;
        if (inline is null)
        {
            var full = Path.GetFullPath(Path.Combine(kustomization.Folder, path!));
            RequireWithin(kustomization, full, path!);
            text = ReadText(full);
        }
        else
        {
            text = inline;
        }

        var (documents, error) = YamlTree.Parse(text);
        if (error is not null)
        {
            throw new KustomizeUnsupportedException("a patch that does not parse");
        }

        return documents.Where(d => d.Root is not null && !(d.Root is YScalar s && s.IsNull)).Select(d => KNodeReader.Read(d.Root!)).ToList();
    }

    /// <summary>Whether a Kustomize name or namespace selector (a regular expression matched whole) matches.</summary>
    public static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            throw new KustomizeUnsupportedException($"the selector {pattern}");
        }
    }

    private static KustomizationFile Read(string folder)
    {
        var file = KustomizationFile.Of(folder) ?? throw new KustomizeUnsupportedException($"{folder} has no kustomization");
        var (documents, error) = YamlTree.Parse(ReadText(file));
        if (error is not null || documents.Count != 1 || documents[0].Root is not YMapping root)
        {
            throw new KustomizeUnsupportedException("a kustomization that is not one mapping");
        }

        var map = (KMap)KNodeReader.Read(root);
        foreach (var key in map.Entries.Keys)
        {
            if (!SupportedFields.Contains(key))
            {
                throw new KustomizeUnsupportedException($"the kustomization field {key}");
            }
        }

        return new KustomizationFile(file, map);
    }

    // A base's manifests are read once per process and copied for each overlay that uses them (a base sits under a
    // staging and a prod overlay and is an overlay itself); an entry is used only while the file is unchanged.
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, List<BuiltinResource> Resources)> Manifests = new(StringComparer.Ordinal);

    private const int ManifestCacheLimit = 20_000;

    private static List<BuiltinResource> ReadManifests(string path)
    {
        var info = new FileInfo(path);
        if (Manifests.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.Resources.Select(r => r.Clone()).ToList();
        }

        var read = ParseManifests(path);
        if (Manifests.Count >= ManifestCacheLimit)
        {
            Manifests.Clear();
        }

        Manifests[path] = (info.LastWriteTimeUtc, info.Length, read);
        return read.Select(r => r.Clone()).ToList();
    }

    private static List<BuiltinResource> ParseManifests(string path)
    {
        var (documents, error) = YamlTree.Parse(ReadText(path));
        if (error is not null)
        {
            throw new KustomizeUnsupportedException($"{path} does not parse");
        }

        var resources = new List<BuiltinResource>();
        foreach (var document in documents)
        {
            if (document.Root is null || document.Root is YScalar { IsNull: true })
            {
                continue;
            }

            if (KNodeReader.Read(document.Root) is not KMap body || body.String("kind") is not { Length: > 0 } kind || kind.EndsWith("List", StringComparison.Ordinal)
                || body.String("apiVersion") is null || body.Map("metadata")?.String("name") is not { Length: > 0 })
            {
                throw new KustomizeUnsupportedException($"a document of {path} that is not one named object");
            }

            resources.Add(new BuiltinResource(body) { Path = path });
        }

        return resources;
    }

    private static void AddAll(List<BuiltinResource> into, HashSet<string> ids, IEnumerable<BuiltinResource> resources)
    {
        foreach (var resource in resources)
        {
            if (!ids.Add(Id(resource)))
            {
                throw new KustomizeUnsupportedException($"two objects {resource.Kind} {resource.Name}");
            }

            into.Add(resource);
        }
    }

    private static string Id(BuiltinResource r) => $"{r.Group}|{r.Kind}|{r.Namespace}|{r.Name}";

    private static IEnumerable<string> Strings(KList? list) =>
        (list?.Items ?? []).Select(i => i is KScalar { Type: KScalarType.String } s ? s.Text : throw new KustomizeUnsupportedException("an entry that is not a string"));

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new KustomizeUnsupportedException($"{path} cannot be read");
        }
    }
}
