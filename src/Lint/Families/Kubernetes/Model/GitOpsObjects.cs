using IacTest.Lint.Files;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>Which files hold Argo CD or Flux objects: only those depend on the rest of the repository.</summary>
internal static class GitOpsObjects
{
    /// <summary>Whether the file holds an object of Argo CD (<c>argoproj.io</c>) or of a Flux toolkit (<c>*.toolkit.fluxcd.io</c>).</summary>
    public static bool In(LintFile file) =>
        file.Documents.Count > 0 && KubeManifest.Objects(file).Any(o => o.Group == ArgoSource.Group || o.Group.EndsWith(".toolkit.fluxcd.io", StringComparison.Ordinal));
}
