using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>Finds the pod spec and containers of workload objects, the way kube-linter's "deployment-like" objects do.</summary>
internal static class PodSpecs
{
    /// <summary>Whether the kind carries a pod spec (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, …).</summary>
    public static bool IsDeploymentLike(string kind) => kind is "Pod" or "Deployment" or "StatefulSet" or "DaemonSet"
        or "ReplicaSet" or "ReplicationController" or "Job" or "CronJob" or "DeploymentConfig";

    /// <summary>The pod template (<c>metadata</c> + <c>spec</c>) of a workload, or the Pod itself.</summary>
    public static YMapping? PodTemplate(KubeObject obj)
    {
        switch (obj.Kind)
        {
            case "Pod":
                return obj.Root;
            case "CronJob":
                return ((obj.Spec?["jobTemplate"] as YMapping)?["spec"] as YMapping)?["template"] as YMapping;
            default:
                return IsDeploymentLike(obj.Kind) ? obj.Spec?["template"] as YMapping : null;
        }
    }

    /// <summary>The <c>spec</c> key of the pod template (or of the Pod): where a finding about the whole pod spec points.</summary>
    public static YNode? PodSpecKey(KubeObject obj) => (PodTemplate(obj) as YMapping)?.Find("spec")?.Key;

    /// <summary>The pod spec of a workload, or null.</summary>
    public static YMapping? PodSpec(KubeObject obj) => PodTemplate(obj)?["spec"] as YMapping;

    /// <summary>The labels of the pod template.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(KubeObject obj) =>
        StringMap((PodTemplate(obj)?["metadata"] as YMapping)?["labels"] as YMapping);

    /// <summary>Containers, init containers and ephemeral containers of a pod spec, as mappings.</summary>
    public static IEnumerable<Container> Containers(YMapping podSpec)
    {
        foreach (var field in ContainerFields)
        {
            if (podSpec[field] is not YSequence list)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (item is YMapping container)
                {
                    yield return new Container(container, container.GetScalar("name") ?? string.Empty, field);
                }
            }
        }
    }

    /// <summary>A mapping's scalar entries as a dictionary (later duplicates win, as loaders do).</summary>
    public static IReadOnlyDictionary<string, string> StringMap(YMapping? mapping)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (mapping is null)
        {
            return map;
        }

        foreach (var pair in mapping.Pairs)
        {
            if (pair.KeyText is { } key && pair.Value is YScalar value)
            {
                map[key] = value.Value;
            }
        }

        return map;
    }

    /// <summary>Follows a path of mapping keys.</summary>
    public static YNode? At(YNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = (node as YMapping)?[key];
        }

        return node;
    }

    /// <summary>Whether a node is a plain scalar <c>true</c>.</summary>
    public static bool IsTrue(YNode? node) => node is YScalar { Value: "true" or "True" or "TRUE" };

    /// <summary>Renders labels like kube-linter does (<c>map[app:web]</c>).</summary>
    public static string Render(IReadOnlyDictionary<string, string> labels) =>
        "map[" + string.Join(' ', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}:{l.Value}")) + "]";

    private static readonly string[] ContainerFields = ["initContainers", "containers", "ephemeralContainers"];
}

/// <summary>A container of a pod spec.</summary>
/// <param name="Node">The container's mapping.</param>
/// <param name="Name">Its name (empty when missing).</param>
/// <param name="Field">Which list holds it: <c>containers</c>, <c>initContainers</c> or <c>ephemeralContainers</c>.</param>
internal sealed record Container(YMapping Node, string Name, string Field)
{
    /// <summary>The container's <c>securityContext</c>.</summary>
    public YMapping? SecurityContext => Node["securityContext"] as YMapping;
}
