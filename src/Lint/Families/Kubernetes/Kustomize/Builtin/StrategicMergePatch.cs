namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// A strategic-merge patch as Kustomize applies it: mappings merge, a null deletes, lists of the Kubernetes API that
/// have a merge key (containers and volumes by name, container ports by port number, volume mounts by path) merge item
/// by item — the patch's items first in its order, then the object's other items — and any other list is replaced.
/// Objects of other APIs (custom resources) get a JSON merge patch: every list is replaced. Patch directives
/// (<c>$patch</c>, <c>$setElementOrder</c>, …) are left to Kustomize itself.
/// </summary>
internal static class StrategicMergePatch
{
    private static readonly HashSet<string> KubernetesGroups = new(StringComparer.Ordinal)
    {
        string.Empty, "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io",
        "storage.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io",
    };

    /// <param name="target">The object patched.</param>
    /// <param name="patch">The patch.</param>
    /// <param name="selectedByTarget">Whether a <c>target</c> chose the object: the patch's own name is then ignored.</param>
    public static void Apply(BuiltinResource target, KMap patch, bool selectedByTarget)
    {
        var body = (KMap)patch.Clone();
        if (!selectedByTarget && (body.String("kind") is { } kind && kind != target.Kind || body.String("apiVersion") is { } apiVersion && apiVersion != target.ApiVersion))
        {
            throw new KustomizeUnsupportedException("a strategic-merge patch of another kind");
        }

        body.Entries.Remove("kind");
        body.Entries.Remove("apiVersion");
        if (body.Map("metadata") is { } metadata)
        {
            if (!selectedByTarget && metadata.String("name") is { } name && !target.Names.Contains(name, StringComparer.Ordinal))
            {
                throw new KustomizeUnsupportedException("a patch that renames its object");
            }

            metadata.Entries.Remove("name");
            metadata.Entries.Remove("namespace");
        }

        Merge(target.Body, body, KubernetesGroups.Contains(target.Group));
    }

    private static void Merge(KMap into, KMap patch, bool strategic)
    {
        foreach (var (key, value) in patch.Entries)
        {
            if (key.StartsWith('$'))
            {
                throw new KustomizeUnsupportedException($"the patch directive {key}");
            }

            if (value is KScalar { Type: KScalarType.Null })
            {
                into.Entries.Remove(key);
            }
            else if (value is KMap patchMap && into[key] is KMap existing)
            {
                Merge(existing, patchMap, strategic);
            }
            else if (value is KMap newMap)
            {
                var created = new KMap();
                Merge(created, newMap, strategic);
                into.Entries[key] = created;
            }
            else if (strategic && value is KList patchList && into[key] is KList existingList && MergeKey(key, patchList, existingList) is { } mergeKey)
            {
                into.Entries[key] = MergeLists(existingList, patchList, mergeKey, strategic);
            }
            else
            {
                into.Entries[key] = value.Clone();
            }
        }
    }

    private static KList MergeLists(KList existing, KList patch, string mergeKey, bool strategic)
    {
        var result = new KList();
        var used = new HashSet<int>();
        foreach (var item in patch.Items.Cast<KMap>())
        {
            var key = Key(item, mergeKey);
            var index = existing.Items.FindIndex(e => Key((KMap)e, mergeKey) == key);
            if (index >= 0)
            {
                used.Add(index);
                var merged = (KMap)existing.Items[index].Clone();
                Merge(merged, item, strategic);
                result.Items.Add(merged);
            }
            else
            {
                var created = new KMap();
                Merge(created, item, strategic);
                result.Items.Add(created);
            }
        }

        for (var i = 0; i < existing.Items.Count; i++)
        {
            if (!used.Contains(i))
            {
                result.Items.Add(existing.Items[i]);
            }
        }

        return result;
    }

    private static string Key(KMap item, string mergeKey) =>
        item[mergeKey] is KScalar scalar ? scalar.Text : throw new KustomizeUnsupportedException($"a list item without its merge key {mergeKey}");

    // The merge keys of the Kubernetes API's lists that patches commonly touch; a list of these names whose items
    // are not mappings with that key is left to Kustomize.
    private static string? MergeKey(string field, KList patch, KList existing)
    {
        string? key = field switch
        {
            "containers" or "initContainers" or "ephemeralContainers" or "volumes" or "env" or "imagePullSecrets" => "name",
            "volumeMounts" => "mountPath",
            "volumeDevices" => "devicePath",
            "hostAliases" => "ip",
            "ports" => patch.Items.Concat(existing.Items).All(i => i is KMap m && m["containerPort"] is not null) ? "containerPort"
                : patch.Items.Concat(existing.Items).All(i => i is KMap m && m["port"] is not null && m["containerPort"] is null) ? "port"
                : throw new KustomizeUnsupportedException("a ports list of mixed items"),
            "args" or "command" or "tolerations" or "envFrom" or "rules" or "subjects" or "paths" or "tls" or "hosts" => null,
            _ => null,
        };
        if (key is null)
        {
            return null;
        }

        return patch.Items.Concat(existing.Items).All(i => i is KMap m && m[key] is KScalar)
            ? key
            : throw new KustomizeUnsupportedException($"a {field} list whose items lack {key}");
    }
}
