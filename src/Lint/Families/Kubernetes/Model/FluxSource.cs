namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>A Flux source object (<c>source.toolkit.fluxcd.io</c>) a repository defines.</summary>
/// <param name="Kind"><c>GitRepository</c>, <c>OCIRepository</c>, <c>HelmRepository</c>, <c>Bucket</c>, <c>HelmChart</c>, <c>ExternalArtifact</c>.</param>
/// <param name="Namespace">Its <c>metadata.namespace</c>; empty when the file leaves it to where it is applied.</param>
/// <param name="Name">Its <c>metadata.name</c>.</param>
/// <param name="Url">Its <c>spec.url</c>, empty when it has none.</param>
/// <param name="Path">The full path of the file defining it.</param>
internal sealed record FluxSource(string Kind, string Namespace, string Name, string Url, string Path)
{
    /// <summary>The API group of Flux's source objects.</summary>
    public const string Group = "source.toolkit.fluxcd.io";

    /// <summary>The Flux sources among <paramref name="objects"/>, defined in the file at <paramref name="path"/>.</summary>
    public static IEnumerable<FluxSource> In(IEnumerable<KubeObject> objects, string path) =>
        objects.Where(o => o.Group == Group && o.Name.Length > 0)
            .Select(o => new FluxSource(o.Kind, o.Namespace, o.Name, o.Spec?.GetScalar("url") ?? string.Empty, path));
}
