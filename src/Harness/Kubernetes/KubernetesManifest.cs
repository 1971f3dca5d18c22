using IacTest.Harness.Modules;
using IacTest.Lint.Families.Kubernetes.Kustomize;

namespace IacTest.Harness.Kubernetes;

/// <summary>One Kubernetes object of a manifest set, with its file, document and line.</summary>
public sealed class KubernetesManifest
{
    /// <summary><c>apiVersion</c>.</summary>
    public required string ApiVersion { get; init; }

    /// <summary><c>kind</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>metadata.name</c> (or <c>metadata.generateName</c>), or an empty string.</summary>
    public required string Name { get; init; }

    /// <summary><c>metadata.namespace</c> as written, or null when the object does not set it.</summary>
    public string? Namespace { get; init; }

    /// <summary><c>metadata.labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>0-based index of the YAML document in its file.</summary>
    public int DocumentIndex { get; init; }

    /// <summary>The whole object.</summary>
    public required ModuleNode Root { get; init; }

    /// <summary>For an object of a rendered overlay: the file it was read from, or the kustomization that generated it; null otherwise.</summary>
    public KustomizeOrigin? Origin { get; init; }

    /// <summary>Where the object starts.</summary>
    public SourceLocation Location => Root.Location;

    /// <summary>A node by a dotted path with optional list indexes (<c>spec.template.spec.containers[0].image</c>), or null.</summary>
    public ModuleNode? At(string path)
    {
        ModuleNode? node = Root;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var indexes = new List<int>();
            while (name.EndsWith(']') && name.LastIndexOf('[') is var open and > 0 && int.TryParse(name[(open + 1)..^1], out var index))
            {
                indexes.Insert(0, index);
                name = name[..open];
            }

            node = node?[name];
            foreach (var index in indexes)
            {
                node = node is { Kind: ModuleNodeKind.Sequence } && index < node.Items.Count ? node.Items[index] : null;
            }
        }

        return node;
    }

    /// <summary>The same object with its origin in a rendered overlay.</summary>
    internal KubernetesManifest WithOrigin(KustomizeOrigin origin) => new()
    {
        ApiVersion = ApiVersion,
        Kind = Kind,
        Name = Name,
        Namespace = Namespace,
        Labels = Labels,
        DocumentIndex = DocumentIndex,
        Root = Root,
        Origin = origin,
    };

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
