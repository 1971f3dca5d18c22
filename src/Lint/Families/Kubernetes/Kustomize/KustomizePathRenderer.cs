using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Renders the path an Argo CD Application or a Flux Kustomization deploys when it is a Kustomize folder, with the
/// renderer the overlays use (<see cref="KustomizeRenderer"/>), so an overlay that does not build (a missing base, a
/// patch that matches nothing, a cycle) is reported at the <c>path</c> that names it. Any other folder is checked by
/// <see cref="ManifestFolderCheck"/>: a Helm chart or plain manifests where the tool reads them.
/// </summary>
public sealed class KustomizePathRenderer : IGitOpsPathRenderer
{
    private static readonly ManifestFolderCheck Manifests = new();

    /// <inheritdoc />
    public string? Problem(string folder, GitOpsPathReader reader) => Check(folder, reader).Problem;

    /// <summary>Why the folder does not render (null when it does), and the files the answer depends on.</summary>
    internal static PathCheck Check(string folder, GitOpsPathReader reader)
    {
        if (!KustomizeRenderer.IsKustomization(folder))
        {
            return new PathCheck(Manifests.Problem(folder, reader), false, []);
        }

        var render = KustomizeRenderer.Render(folder);
        var reads = OverlayReads.Of(render).ToArray();
        if (render.Problems.FirstOrDefault(p => p.Severity == Severity.Error) is not { } error)
        {
            return new PathCheck(null, false, reads);
        }

        // The problem's own place, relative to the deployed folder, so the finding at the path leads to the entry at fault.
        var place = Path.GetRelativePath(folder, error.File).Replace('\\', '/');
        return new PathCheck($"does not render: {place}({error.Line},{error.Column}): {error.Message}", true, reads);
    }

    /// <summary>The outcome of checking one folder.</summary>
    /// <param name="Problem">Why the folder does not render, in a user's words; null when it does.</param>
    /// <param name="IsRenderError">Whether the folder is a kustomization that Kustomize fails to build.</param>
    /// <param name="Reads">The files the rendering read (none for a folder that is not rendered).</param>
    internal sealed record PathCheck(string? Problem, bool IsRenderError, IReadOnlyList<FolderRead> Reads);
}
