using System.Collections.Concurrent;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Whether a manifest is a patch a kustomization applies (<c>patches[].path</c>, <c>patchesStrategicMerge</c>,
/// <c>patchesJson6902[].path</c>) rather than an object of its own. A patch is a fragment — a Deployment with one
/// container field and no selector — so checking it alone reports what the patched object does not have; its findings
/// come from the rendered overlay instead, at the patch's lines. Kustomizations are looked for in the file's folder and
/// the two above it (patches often sit in a <c>patches/</c> folder).
/// </summary>
internal static class KustomizePatchFiles
{
    private const int LevelsUp = 2;

    private static readonly object ViewKey = new();

    // A file's views hold objects: the answer is one of two boxed values.
    private static readonly object Yes = true;
    private static readonly object No = false;

    private static readonly ConcurrentDictionary<string, (long Length, long Ticks, HashSet<string> Patches)> Kustomizations = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="file"/> is a patch of a kustomization near it (computed once per file).</summary>
    public static bool IsPatch(LintFile file) => file.View(ViewKey, static f => Find(f.Path) ? Yes : No) == Yes;

    /// <summary>The folders whose kustomization files decide whether <paramref name="path"/> is a patch: reads of the file's result.</summary>
    public static IEnumerable<FolderRead> Reads(string path)
    {
        foreach (var folder in Folders(path))
        {
            yield return new FolderRead(folder, string.Join('|', KustomizationTree.FileNames.Order(StringComparer.Ordinal)));
        }
    }

    private static bool Find(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }

        return Folders(path).Select(KustomizationTree.KustomizationFileOf).OfType<string>().Any(k => PatchesOf(k).Contains(full));
    }

    private static IEnumerable<string> Folders(string path)
    {
        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            yield break;
        }

        for (var level = 0; level <= LevelsUp && folder is not null; level++)
        {
            yield return folder;
            folder = Path.GetDirectoryName(folder);
        }
    }

    // Parsed once per kustomization state: every manifest of its folder asks.
    private static HashSet<string> PatchesOf(string kustomization)
    {
        try
        {
            var info = new FileInfo(kustomization);
            if (Kustomizations.TryGetValue(kustomization, out var known) && known.Length == info.Length && known.Ticks == info.LastWriteTimeUtc.Ticks)
            {
                return known.Patches;
            }

            var patches = new HashSet<string>(StringComparer.Ordinal);
            var folder = Path.GetDirectoryName(kustomization) ?? ".";
            if (YamlTree.Parse(File.ReadAllText(kustomization)).Documents.FirstOrDefault()?.Root is YMapping root)
            {
                var paths = Mappings(root["patches"]).Concat(Mappings(root["patchesJson6902"])).Select(p => p["path"]).OfType<YScalar>()
                    .Concat((root["patchesStrategicMerge"] as YSequence)?.Items.OfType<YScalar>() ?? []);
                foreach (var entry in paths.Where(p => !p.Value.Contains('\n', StringComparison.Ordinal)))
                {
                    patches.Add(Path.GetFullPath(Path.Combine(folder, entry.Value.Trim())));
                }
            }

            Kustomizations[kustomization] = (info.Length, info.LastWriteTimeUtc.Ticks, patches);
            return patches;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static IEnumerable<YMapping> Mappings(YNode? node) => node is YSequence sequence ? sequence.Items.OfType<YMapping>() : [];
}
