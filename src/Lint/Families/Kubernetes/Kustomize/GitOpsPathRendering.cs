using IacTest.Lint.Families.Kubernetes.Model;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>Where the renderer the Argo CD and Flux reference checks use is chosen.</summary>
public static class GitOpsPathRendering
{
    /// <summary>
    /// The renderer in use: <see cref="KustomizePathRenderer"/> by default (a Kustomize folder is rendered as the
    /// overlays are); <see cref="ManifestFolderCheck"/> checks only that a folder holds something to render.
    /// </summary>
    public static IGitOpsPathRenderer Renderer { get; set; } = new KustomizePathRenderer();
}
