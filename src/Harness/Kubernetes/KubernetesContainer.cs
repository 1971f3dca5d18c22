using IacTest.Harness.Modules;

namespace IacTest.Harness.Kubernetes;

/// <summary>One container of a workload, with what tests most often ask of it: its image and its resources.</summary>
public sealed class KubernetesContainer
{
    internal KubernetesContainer(KubernetesWorkload workload, ModuleNode node, bool isInit)
    {
        Workload = workload;
        Node = node;
        IsInit = isInit;
        Name = node.GetText("name") ?? string.Empty;
        Image = ContainerImage.Parse(node.GetText("image") ?? string.Empty);
        Requests = Quantities(node["resources"]?["requests"]);
        Limits = Quantities(node["resources"]?["limits"]);
    }

    /// <summary>The workload that runs it.</summary>
    public KubernetesWorkload Workload { get; }

    /// <summary>The container's mapping.</summary>
    public ModuleNode Node { get; }

    /// <summary>Whether it is an init container.</summary>
    public bool IsInit { get; }

    /// <summary><c>name</c>.</summary>
    public string Name { get; }

    /// <summary><c>image</c>, parsed.</summary>
    public ContainerImage Image { get; }

    /// <summary><c>resources.requests</c> (<c>cpu</c>, <c>memory</c>, …) as written.</summary>
    public IReadOnlyDictionary<string, string> Requests { get; }

    /// <summary><c>resources.limits</c> as written.</summary>
    public IReadOnlyDictionary<string, string> Limits { get; }

    /// <summary>Whether CPU and memory requests and a memory limit are set (the usual production policy).</summary>
    public bool HasRequestsAndLimits => Requests.ContainsKey("cpu") && Requests.ContainsKey("memory") && Limits.ContainsKey("memory");

    /// <inheritdoc />
    public override string ToString() => $"{Workload.Manifest} container {Name} ({Image})";

    private static Dictionary<string, string> Quantities(ModuleNode? node) =>
        node is { Kind: ModuleNodeKind.Mapping }
            ? node.Entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value.Text ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
