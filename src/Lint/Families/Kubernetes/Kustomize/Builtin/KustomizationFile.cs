namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>A kustomization read for the built-in renderer: its full path and its fields as values.</summary>
internal sealed record KustomizationFile(string File, KMap Root)
{
    public string Folder => Path.GetDirectoryName(File) ?? ".";
}
