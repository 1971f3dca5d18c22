using IacTest.Lint.Rules;


namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// The files an overlay's findings depend on, as the build cache records reads: per folder, the names of the files the
/// rendering read there, plus the kustomization names in every folder it looked for one (adding a
/// <c>kustomization.yml</c> beside a base changes what renders). A change to any of them lints the overlay again.
/// </summary>
internal static class OverlayReads
{
    /// <summary>The folder reads of a rendering.</summary>
    public static IEnumerable<FolderRead> Of(KustomizeRender render)
    {
        var names = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var folder in render.KustomizationFolders)
        {
            Names(names, folder).UnionWith(KustomizationTree.FileNames);
        }

        foreach (var file in render.FilesRead)
        {
            if (Path.GetDirectoryName(file) is { } folder)
            {
                Names(names, folder).Add(Path.GetFileName(file));
            }
        }

        // A read names file endings; a whole file name is the narrowest ending that still covers the file.
        return names.Select(pair => new FolderRead(pair.Key, string.Join('|', pair.Value)));
    }

    private static SortedSet<string> Names(Dictionary<string, SortedSet<string>> names, string folder)
    {
        if (!names.TryGetValue(folder, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            names[folder] = set;
        }

        return set;
    }
}
