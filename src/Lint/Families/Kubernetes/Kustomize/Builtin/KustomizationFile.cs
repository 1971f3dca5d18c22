namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>A kustomization read for the built-in renderer: its full path and its fields as values.</summary>
internal sealed record KustomizationFile(string File, KMap Root)
{
    /// <summary>The names Kustomize looks for in a folder, in its order.</summary>
    public static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public string Folder => Path.GetDirectoryName(File) ?? ".";

    /// <summary>The kustomization file of a folder, or null.</summary>
    public static string? Of(string folder) =>
        FileNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(System.IO.File.Exists);
}
