using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Reads what Kustomize prints for a wrapper kustomization with <c>buildMetadata: [originAnnotations,
/// transformerAnnotations]</c>: each document's origin, and the same output without those annotations, which is what
/// <c>kubectl kustomize</c> prints for the overlay itself (Kustomize sorts every mapping's keys, so the two annotations
/// and, when they were the only ones, the <c>annotations</c> key are whole lines of their own).
/// </summary>
internal static class KustomizeOutput
{
    private const string OriginKey = "config.kubernetes.io/origin";
    private const string TransformationsKey = "alpha.config.kubernetes.io/transformations";

    /// <summary>The output without the build metadata annotations.</summary>
    public static string WithoutBuildMetadata(string yaml)
    {
        var lines = yaml.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line == "  annotations:" && IsInTopLevelMetadata(kept))
            {
                // Drop the annotations of build metadata; drop the key too when nothing else is left under it.
                var children = new List<string>();
                var j = i + 1;
                while (j < lines.Length && lines[j].StartsWith("    ", StringComparison.Ordinal))
                {
                    children.Add(lines[j]);
                    j++;
                }

                var remaining = RemoveMetadataAnnotations(children);
                if (remaining.Count > 0)
                {
                    kept.Add(line);
                    kept.AddRange(remaining);
                }

                i = j - 1;
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The origin of each document of the output, by document index (relative paths resolved against <paramref name="wrapperFolder"/>).</summary>
    public static List<KustomizeOrigin> Origins(string yaml, string wrapperFolder)
    {
        var origins = new List<KustomizeOrigin>();
        var (documents, _) = YamlTree.Parse(yaml);
        foreach (var document in documents)
        {
            var annotations = ((document.Root as YMapping)?["metadata"] as YMapping)?["annotations"] as YMapping;
            var origin = annotations?.GetScalar(OriginKey) is { } originText ? Parse(originText) : null;
            var transformations = annotations?.GetScalar(TransformationsKey) is { } transformationsText ? Parse(transformationsText) : null;
            var path = (origin as YMapping)?.GetScalar("path");
            var configuredIn = (origin as YMapping)?.GetScalar("configuredIn");
            var generator = ((origin as YMapping)?["configuredBy"] as YMapping)?.GetScalar("kind");
            var transformedIn = transformations is YSequence steps
                ? steps.Items.OfType<YMapping>().Select(s => s.GetScalar("configuredIn")).OfType<string>().Select(p => Resolve(wrapperFolder, p)).Distinct(StringComparer.Ordinal).ToList()
                : [];
            origins.Add(new KustomizeOrigin(path is null ? null : Resolve(wrapperFolder, path), configuredIn is null ? null : Resolve(wrapperFolder, configuredIn), generator, transformedIn));
        }

        return origins;
    }

    private static List<string> RemoveMetadataAnnotations(List<string> children)
    {
        var remaining = new List<string>(children.Count);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.StartsWith($"    {OriginKey}:", StringComparison.Ordinal) || child.StartsWith($"    {TransformationsKey}:", StringComparison.Ordinal))
            {
                // The value is a block scalar indented deeper than the key.
                while (i + 1 < children.Count && children[i + 1].StartsWith("      ", StringComparison.Ordinal))
                {
                    i++;
                }

                continue;
            }

            remaining.Add(child);
        }

        return remaining;
    }

    // Kustomize sorts keys, so a document's metadata annotations come right after its "metadata:" line.
    private static bool IsInTopLevelMetadata(List<string> kept) => kept.Count > 0 && kept[^1] == "metadata:";

    private static YNode? Parse(string text)
    {
        var (documents, error) = YamlTree.Parse(text);
        return error is null && documents.Count > 0 ? documents[0].Root : null;
    }

    private static string Resolve(string folder, string path) => Path.GetFullPath(Path.Combine(folder, path));
}
