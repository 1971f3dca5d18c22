namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>The result of rendering one Kustomize folder (an overlay, a base or a component's user).</summary>
public sealed class KustomizeRender
{
    internal KustomizeRender(string folder, string kustomizationFile, string renderer)
    {
        Folder = folder;
        KustomizationFile = kustomizationFile;
        Renderer = renderer;
    }

    /// <summary>The full path of the rendered folder.</summary>
    public string Folder { get; }

    /// <summary>The full path of its kustomization file (<c>kustomization.yaml</c>, <c>kustomization.yml</c> or <c>Kustomization</c>).</summary>
    public string KustomizationFile { get; }

    /// <summary>What rendered it: <c>kubectl kustomize</c>, or <c>none</c> when nothing could.</summary>
    public string Renderer { get; }

    /// <summary>Whether the overlay rendered; when false, <see cref="Problems"/> hold at least one error saying why.</summary>
    public bool Rendered { get; internal init; }

    /// <summary>The rendered YAML, byte for byte what <c>kubectl kustomize &lt;folder&gt;</c> prints; empty when not rendered.</summary>
    public string Yaml { get; internal init; } = string.Empty;

    /// <summary>The origin of each rendered document, by document index.</summary>
    public IReadOnlyList<KustomizeOrigin> Origins { get; internal init; } = [];

    /// <summary>Errors (the overlay did not render) and warnings (a part of it was not rendered), each at its entry.</summary>
    public IReadOnlyList<KustomizeProblem> Problems { get; internal init; } = [];

    /// <summary>Every local file the rendering reads (kustomizations, manifests, patches, generator sources), full paths, sorted.</summary>
    public IReadOnlyList<string> FilesRead { get; internal init; } = [];

    /// <summary>Every folder whose kustomization file the rendering looked for (the roots of the overlay, its bases and components).</summary>
    public IReadOnlyList<string> KustomizationFolders { get; internal init; } = [];

    /// <summary>The patches of every kustomization the rendering visited, outermost first (the order that wins a conflict).</summary>
    internal IReadOnlyList<KustomizePatch> Patches { get; init; } = [];

    /// <summary>The kustomizations visited, outermost first.</summary>
    internal IReadOnlyList<KustomizationEntry> Kustomizations { get; init; } = [];
}
