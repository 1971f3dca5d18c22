using IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Finds where a node of a rendered object was written: in a patch that set it, in the base manifest it was read
/// from, or at the kustomization field that changed it (<c>images</c>, <c>replicas</c>, <c>namespace</c>, labels,
/// annotations, a generator). Scalars are looked for in the patches first (the outermost patch wins, as in Kustomize),
/// then in the base; a mapping or list item is looked for in the base first (a patch that changes one field of a
/// container is not where the container is). What cannot be placed falls back to the nearest enclosing node of the base,
/// then the object, then the overlay's kustomization.
/// </summary>
internal sealed class RenderedSourceLocator
{
    private readonly KustomizeRender _render;
    private readonly Dictionary<string, IReadOnlyList<KubeObject>> _sources = new(StringComparer.Ordinal);

    public RenderedSourceLocator(KustomizeRender render)
    {
        _render = render;
    }

    /// <summary>Where a node was written: a full file path and a position.</summary>
    /// <param name="rendered">The rendered object.</param>
    /// <param name="origin">Its origin.</param>
    /// <param name="path">The node's path in it.</param>
    public (string File, Position At) Locate(KubeObject rendered, KustomizeOrigin origin, RenderedPath path)
    {
        var source = SourceObject(rendered, origin);
        var renderedNode = path.In(rendered.Root);
        var isScalar = renderedNode is YScalar;
        if (!path.IsIdentity)
        {
            if (!isScalar && source is not null && path.PointIn(source.Root) is { } baseNode)
            {
                return (origin.Path!, baseNode.Start);
            }

            if (InPatches(rendered, path) is { } patched)
            {
                return patched;
            }

            if (source is not null && path.In(source.Root) is YScalar baseScalar && (renderedNode as YScalar)?.Value == baseScalar.Value)
            {
                return (origin.Path!, path.PointIn(source.Root)!.Start);
            }

            if (isScalar && InKustomizationFields(rendered, path, (YScalar)renderedNode!) is { } field)
            {
                return field;
            }
        }

        if (source is not null)
        {
            // The nearest enclosing node the base has, or the object's kind.
            for (var length = path.Segments.Count; length >= 0; length--)
            {
                YNode? node = source.Root;
                for (var i = 0; i < length && node is not null; i++)
                {
                    node = RenderedPath.Step(node, path.Segments[i]);
                }

                if (node is not null && (length > 0 || !path.IsIdentity))
                {
                    return (origin.Path!, node.Start);
                }
            }

            return (origin.Path!, source.Anchor.Start);
        }

        if (origin.GeneratedIn is { } kustomization && Generator(kustomization, rendered) is { } generator)
        {
            return (kustomization, generator.Start);
        }

        return (_render.KustomizationFile, new Position(1, 1, 0));
    }

    private KubeObject? SourceObject(KubeObject rendered, KustomizeOrigin origin)
    {
        if (origin.Path is null)
        {
            return null;
        }

        if (!_sources.TryGetValue(origin.Path, out var objects))
        {
            string text;
            try
            {
                text = File.ReadAllText(origin.Path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                text = string.Empty;
            }

            objects = KubeManifest.Read(YamlTree.Parse(text).Documents);
            _sources[origin.Path] = objects;
        }

        // The base name is the rendered one without prefixes and suffixes: the longest that it contains.
        return objects.Where(o => o.Kind == rendered.Kind && o.Name.Length > 0 && rendered.Name.Contains(o.Name, StringComparison.Ordinal))
            .OrderByDescending(o => o.Name.Length).FirstOrDefault()
            ?? (objects.Count(o => o.Kind == rendered.Kind) == 1 ? objects.First(o => o.Kind == rendered.Kind) : null);
    }

    private (string File, Position At)? InPatches(KubeObject rendered, RenderedPath path)
    {
        foreach (var patch in _render.Patches.Where(p => p.Targets(rendered.Kind, rendered.Name)))
        {
            if (patch.Body is YMapping strategic && path.PointIn(strategic) is { } node)
            {
                return (patch.File, patch.Placement(node.Start));
            }

            if (patch.Body is YSequence operations && InOperations(operations, rendered, path) is { } value)
            {
                return (patch.File, patch.Placement(value.Start));
            }
        }

        return null;
    }

    // A JSON 6902 operation whose path leads to the node, or to a node above it whose value holds it.
    private static YNode? InOperations(YSequence operations, KubeObject rendered, RenderedPath path)
    {
        foreach (var operation in operations.Items.OfType<YMapping>().Reverse())
        {
            if (operation.GetScalar("op") is not ("add" or "replace" or "copy") || operation.GetScalar("path") is not { } pointer || operation["value"] is not { } value)
            {
                continue;
            }

            var steps = JsonPatch.Steps(pointer);
            if (steps.Length > path.Segments.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < steps.Length && matches; i++)
            {
                var segment = path.Segments[i];
                matches = segment.Key is { } key ? key == steps[i] : steps[i] == "-" || steps[i] == segment.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (matches && path.In(value, steps.Length) is { } node)
            {
                return node;
            }
        }

        return null;
    }

    private (string File, Position At)? InKustomizationFields(KubeObject rendered, RenderedPath path, YScalar value)
    {
        var last = path.Segments[^1].Key;
        var parent = path.Segments.Count > 1 ? path.Segments[^2].Key : null;
        foreach (var kustomization in _render.Kustomizations)
        {
            var root = kustomization.Root;
            YNode? found = null;
            if (last == "image")
            {
                found = Mappings(root["images"]).Where(image => ImageMatches(image, value.Value))
                    .Select(image => image["digest"] ?? image["newTag"] ?? image["newName"] ?? image).FirstOrDefault();
            }
            else if (last == "replicas" && parent == "spec")
            {
                found = Mappings(root["replicas"]).Where(r => r.GetScalar("name") is { } name && rendered.Name.Contains(name, StringComparison.Ordinal))
                    .Select(r => r["count"] ?? r).FirstOrDefault();
            }
            else if (last == "namespace" && parent == "metadata")
            {
                found = root["namespace"];
            }
            else if (parent == "labels" || parent == "matchLabels" || parent == "selector")
            {
                found = (root["commonLabels"] as YMapping)?.Find(last!)?.Key
                    ?? Mappings(root["labels"]).Select(l => (l["pairs"] as YMapping)?.Find(last!)?.Key).FirstOrDefault(k => k is not null);
            }
            else if (parent == "annotations")
            {
                found = (root["commonAnnotations"] as YMapping)?.Find(last!)?.Key;
            }

            if (found is not null)
            {
                return (kustomization.File, found.Start);
            }
        }

        return null;
    }

    private static bool ImageMatches(YMapping image, string renderedImage)
    {
        var repository = ImageName.Split(renderedImage).Repository;
        return image.GetScalar("newName") is { } newName ? newName == repository : image.GetScalar("name") == repository;
    }

    private static YMapping? Generator(string kustomizationFile, KubeObject rendered)
    {
        var list = rendered.Kind == "Secret" ? "secretGenerator" : "configMapGenerator";
        try
        {
            var root = YamlTree.Parse(File.ReadAllText(kustomizationFile)).Documents.FirstOrDefault()?.Root as YMapping;
            return Mappings(root?[list]).Where(g => g.GetScalar("name") is { } name && rendered.Name.Contains(name, StringComparison.Ordinal))
                .OrderByDescending(g => g.GetScalar("name")!.Length).FirstOrDefault();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<YMapping> Mappings(YNode? node) => node is YSequence sequence ? sequence.Items.OfType<YMapping>() : [];
}
