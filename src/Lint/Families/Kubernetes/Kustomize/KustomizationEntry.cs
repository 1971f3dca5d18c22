using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>A kustomization file visited while rendering, parsed with positions.</summary>
/// <param name="File">The full path of the kustomization file.</param>
/// <param name="Root">Its root mapping.</param>
internal sealed record KustomizationEntry(string File, YMapping Root)
{
    /// <summary>The folder the kustomization is in.</summary>
    public string Folder => Path.GetDirectoryName(File) ?? ".";
}
