namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Kustomize's field specifications for labels and annotations: where, besides <c>metadata</c>, each kind carries the
/// labels a selector matches (<c>commonLabels</c>, <c>labels</c> with <c>includeSelectors</c>) and the pod template's
/// annotations (<c>commonAnnotations</c>). A path of <c>/</c>-separated fields, <c>[]</c> after a field for every item of
/// its list; <c>Create</c> adds the field when the object lacks it.
/// </summary>
internal static class FieldSpecs
{
    public sealed record Spec(string? Group, string Kind, string Path, bool Create);

    public static readonly Spec[] SelectorLabels =
    [
        new(string.Empty, "Service", "spec/selector", true),
        new(string.Empty, "ReplicationController", "spec/selector", true),
        new(string.Empty, "ReplicationController", "spec/template/metadata/labels", true),
        new(null, "Deployment", "spec/selector/matchLabels", true),
        new(null, "Deployment", "spec/template/metadata/labels", true),
        new(null, "ReplicaSet", "spec/selector/matchLabels", true),
        new(null, "ReplicaSet", "spec/template/metadata/labels", true),
        new(null, "DaemonSet", "spec/selector/matchLabels", true),
        new(null, "DaemonSet", "spec/template/metadata/labels", true),
        new("apps", "StatefulSet", "spec/selector/matchLabels", true),
        new("apps", "StatefulSet", "spec/template/metadata/labels", true),
        new("apps", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true),
        new("batch", "Job", "spec/selector/matchLabels", false),
        new("batch", "Job", "spec/template/metadata/labels", true),
        new("batch", "CronJob", "spec/jobTemplate/spec/selector/matchLabels", false),
        new("batch", "CronJob", "spec/jobTemplate/metadata/labels", true),
        new("batch", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true),
        new("policy", "PodDisruptionBudget", "spec/selector/matchLabels", false),
        new("networking.k8s.io", "NetworkPolicy", "spec/podSelector/matchLabels", false),
        new("networking.k8s.io", "NetworkPolicy", "spec/ingress[]/from[]/podSelector/matchLabels", false),
        new("networking.k8s.io", "NetworkPolicy", "spec/egress[]/to[]/podSelector/matchLabels", false),
    ];

    public static readonly Spec[] TemplateAnnotations =
    [
        new(string.Empty, "ReplicationController", "spec/template/metadata/annotations", true),
        new(null, "Deployment", "spec/template/metadata/annotations", true),
        new(null, "ReplicaSet", "spec/template/metadata/annotations", true),
        new(null, "DaemonSet", "spec/template/metadata/annotations", true),
        new("apps", "StatefulSet", "spec/template/metadata/annotations", true),
        new("batch", "Job", "spec/template/metadata/annotations", true),
        new("batch", "CronJob", "spec/jobTemplate/metadata/annotations", true),
        new("batch", "CronJob", "spec/jobTemplate/spec/template/metadata/annotations", true),
    ];

    /// <summary>Sets <paramref name="pairs"/> into <c>metadata/&lt;field&gt;</c> and into every path of <paramref name="specs"/> that applies to the object.</summary>
    public static bool Set(BuiltinResource resource, string field, IReadOnlyList<KeyValuePair<string, KNode>> pairs, IEnumerable<Spec> specs)
    {
        var changed = SetAt(resource.Body, ["metadata", field], create: true, pairs);
        foreach (var spec in specs.Where(s => s.Kind == resource.Kind && (s.Group is null || s.Group == resource.Group)))
        {
            changed |= SetAt(resource.Body, spec.Path.Split('/'), spec.Create, pairs);
        }

        if (field == "labels" && specs.Any() && resource.Body.Map("spec")?.Map("template")?.Map("spec")?.Map("affinity") is { } affinity
            && (affinity["podAffinity"] is not null || affinity["podAntiAffinity"] is not null))
        {
            throw new KustomizeUnsupportedException("common labels with pod affinity terms");
        }

        return changed;
    }

    private static bool SetAt(KNode node, IReadOnlyList<string> steps, bool create, IReadOnlyList<KeyValuePair<string, KNode>> pairs)
    {
        if (steps.Count == 0)
        {
            if (node is not KMap target)
            {
                throw new KustomizeUnsupportedException("labels into a field that is not a mapping");
            }

            foreach (var (key, value) in pairs)
            {
                target.Entries[key] = value.Clone();
            }

            return pairs.Count > 0;
        }

        if (node is not KMap map)
        {
            return false;
        }

        var step = steps[0];
        var isList = step.EndsWith("[]", StringComparison.Ordinal);
        var name = isList ? step[..^2] : step;
        var child = map[name];
        if (isList)
        {
            var changed = false;
            foreach (var item in (child as KList)?.Items ?? [])
            {
                changed |= SetAt(item, steps.Skip(1).ToList(), create, pairs);
            }

            return changed;
        }

        if (child is null or KScalar { Type: KScalarType.Null })
        {
            if (!create)
            {
                return false;
            }

            child = new KMap();
            map.Entries[name] = child;
        }

        return SetAt(child, steps.Skip(1).ToList(), create, pairs);
    }
}
