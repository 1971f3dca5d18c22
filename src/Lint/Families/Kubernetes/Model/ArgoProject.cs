using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>An Argo CD <c>AppProject</c> a repository defines: what its Applications may deploy from and to.</summary>
/// <param name="Name">Its <c>metadata.name</c>.</param>
/// <param name="SourceRepos">Its <c>spec.sourceRepos</c> patterns (<c>!</c> denies).</param>
/// <param name="Destinations">Its <c>spec.destinations</c>.</param>
/// <param name="Path">The full path of the file defining it.</param>
internal sealed record ArgoProject(string Name, IReadOnlyList<string> SourceRepos, IReadOnlyList<ArgoProjectDestination> Destinations, string Path)
{
    /// <summary>The AppProjects among <paramref name="objects"/>, defined in the file at <paramref name="path"/>.</summary>
    public static IEnumerable<ArgoProject> In(IEnumerable<KubeObject> objects, string path) =>
        objects.Where(o => o.Group == ArgoSource.Group && o.Kind == "AppProject" && o.Name.Length > 0)
            .Select(o => new ArgoProject(
                o.Name,
                (o.Spec?["sourceRepos"] as YSequence)?.Items.OfType<YScalar>().Select(s => s.Value).ToArray() ?? [],
                (o.Spec?["destinations"] as YSequence)?.Items.OfType<YMapping>()
                    .Select(d => new ArgoProjectDestination(d.GetScalar("server") ?? string.Empty, d.GetScalar("name") ?? string.Empty, d.GetScalar("namespace") ?? string.Empty))
                    .ToArray() ?? [],
                path));
}

/// <summary>One entry of an AppProject's <c>spec.destinations</c>: glob patterns, <c>!</c> denies.</summary>
/// <param name="Server">The cluster's API server URL pattern; empty when not given.</param>
/// <param name="Name">The cluster's name pattern; empty when not given.</param>
/// <param name="Namespace">The namespace pattern; empty when not given.</param>
internal sealed record ArgoProjectDestination(string Server, string Name, string Namespace);
