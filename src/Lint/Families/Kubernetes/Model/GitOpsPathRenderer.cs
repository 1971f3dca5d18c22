namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>Which tool reads a GitOps path, which decides what the folder must hold.</summary>
public enum GitOpsPathReader
{
    /// <summary>Argo CD: a Kustomize folder, a Helm chart, or plain manifests (sub-folders only with <c>directory.recurse</c>).</summary>
    ArgoCd,

    /// <summary>Argo CD with <c>directory.recurse: true</c>.</summary>
    ArgoCdRecursive,

    /// <summary>Flux's kustomize-controller: a Kustomize folder, or plain manifests at any depth it generates a kustomization for.</summary>
    Flux,
}

/// <summary>
/// Checks that a path an Argo CD Application or Flux Kustomization deploys renders. The reference checks use the
/// renderer chosen in <c>GitOpsPathRendering.Renderer</c> (beside the Kustomize renderer, which it defaults to);
/// <see cref="ManifestFolderCheck"/> checks only that the folder holds a kustomization or manifests, without rendering.
/// </summary>
public interface IGitOpsPathRenderer
{
    /// <summary>Null when <paramref name="folder"/> (an existing folder) renders for <paramref name="reader"/>; otherwise why it does not, in a user's words.</summary>
    string? Problem(string folder, GitOpsPathReader reader);
}

/// <summary>
/// The check without rendering: a folder renders when it holds a <c>kustomization.yaml</c> (or
/// <c>kustomization.yml</c>, <c>Kustomization</c>), a Helm chart (<c>Chart.yaml</c>, Argo CD only), or manifests
/// (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>; Argo CD also reads <c>.jsonnet</c>) where its reader looks for them.
/// </summary>
public sealed class ManifestFolderCheck : IGitOpsPathRenderer
{
    private static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <inheritdoc />
    public string? Problem(string folder, GitOpsPathReader reader)
    {
        try
        {
            if (KustomizationNames.Any(name => File.Exists(Path.Combine(folder, name))))
            {
                return null;
            }

            if (reader != GitOpsPathReader.Flux && File.Exists(Path.Combine(folder, "Chart.yaml")))
            {
                return null;
            }

            var depth = reader == GitOpsPathReader.ArgoCd ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories;
            var manifests = Directory.EnumerateFiles(folder, "*", depth).Any(file => Path.GetExtension(file) switch
            {
                ".yaml" or ".yml" or ".json" => true,
                ".jsonnet" => reader != GitOpsPathReader.Flux,
                _ => false,
            });
            return manifests
                ? null
                : reader == GitOpsPathReader.ArgoCd
                    ? "holds no kustomization, Helm chart or manifest (sub-folders are read only with directory.recurse: true)"
                    : "holds no kustomization or manifest";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "cannot be read";
        }
    }
}
