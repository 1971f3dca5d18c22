using System.Globalization;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>What cross-object checks need of a workload: where it is, its pods' labels, selector and replicas.</summary>
/// <param name="Namespace">metadata.namespace.</param>
/// <param name="Kind">The kind (<c>Deployment</c>, <c>Pod</c>, …).</param>
/// <param name="Name">metadata.name.</param>
/// <param name="PodLabels">The labels of its pod template (a Pod's own labels).</param>
/// <param name="Selector">Its <c>spec.selector</c>, when it has one.</param>
/// <param name="Replicas">Its <c>spec.replicas</c>, when set to an integer.</param>
internal sealed record KubeWorkloadSummary(string Namespace, string Kind, string Name, IReadOnlyDictionary<string, string> PodLabels, LabelSelector? Selector, int? Replicas)
{
    /// <summary>Summarizes a workload object.</summary>
    public static KubeWorkloadSummary Of(KubeObject obj)
    {
        var selector = obj.Spec?["selector"] is YMapping s ? LabelSelector.Of(s) : null;
        int? replicas = obj.Spec?["replicas"] is YScalar r && int.TryParse(r.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new KubeWorkloadSummary(obj.Namespace, obj.Kind, obj.Name, obj.Kind == "Pod" ? obj.Labels : PodSpecs.PodLabels(obj), selector, replicas);
    }
}

/// <summary>What cross-object checks need of a Service: its labels and ports.</summary>
/// <param name="Namespace">metadata.namespace.</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Labels">metadata.labels.</param>
/// <param name="Ports">Its ports: number and name.</param>
internal sealed record KubeServiceSummary(string Namespace, string Name, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(string Port, string Name)> Ports)
{
    /// <summary>Summarizes a Service.</summary>
    public static KubeServiceSummary Of(KubeObject obj)
    {
        var ports = new List<(string, string)>();
        if (obj.Spec?["ports"] is YSequence list)
        {
            foreach (var port in list.Items.OfType<YMapping>())
            {
                ports.Add((port.GetScalar("port") ?? string.Empty, port.GetScalar("name") ?? string.Empty));
            }
        }

        return new KubeServiceSummary(obj.Namespace, obj.Name, obj.Labels, ports);
    }
}

/// <summary>What access checks need of a Role or ClusterRole: its rules.</summary>
/// <param name="Kind"><c>Role</c> or <c>ClusterRole</c>.</param>
/// <param name="Namespace">metadata.namespace (empty for a ClusterRole).</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Rules">Each rule's verbs and resources.</param>
internal sealed record KubeRoleSummary(string Kind, string Namespace, string Name, IReadOnlyList<(IReadOnlyList<string> Verbs, IReadOnlyList<string> Resources)> Rules)
{
    /// <summary>Summarizes a Role or ClusterRole.</summary>
    public static KubeRoleSummary Of(KubeObject obj)
    {
        var rules = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        if (obj.Root["rules"] is YSequence list)
        {
            foreach (var rule in list.Items.OfType<YMapping>())
            {
                rules.Add((Strings(rule["verbs"]), Strings(rule["resources"])));
            }
        }

        return new KubeRoleSummary(obj.Kind, obj.Namespace, obj.Name, rules);
    }

    /// <summary>The scalar items of a sequence.</summary>
    public static IReadOnlyList<string> Strings(YNode? node) =>
        node is YSequence sequence ? sequence.Items.OfType<YScalar>().Select(s => s.Value).ToArray() : [];
}

/// <summary>What env-value-from needs of a ConfigMap or Secret: its keys.</summary>
/// <param name="Kind"><c>ConfigMap</c> or <c>Secret</c>.</param>
/// <param name="Namespace">metadata.namespace.</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Keys">The keys of <c>data</c>, <c>stringData</c> and <c>binaryData</c>.</param>
internal sealed record KubeConfigSummary(string Kind, string Namespace, string Name, IReadOnlySet<string> Keys)
{
    /// <summary>Summarizes a ConfigMap or Secret.</summary>
    public static KubeConfigSummary Of(KubeObject obj)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "data", "stringData", "binaryData" })
        {
            if (obj.Root[field] is YMapping data)
            {
                keys.UnionWith(data.Pairs.Select(p => p.KeyText).OfType<string>());
            }
        }

        return new KubeConfigSummary(obj.Kind, obj.Namespace, obj.Name, keys);
    }
}
