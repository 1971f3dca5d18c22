namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Kustomize's default ("legacy") output order: kinds a cluster needs first (namespaces, CRDs, service accounts, RBAC,
/// config) ahead of workloads, webhooks last, everything else between them by group, version and kind, then by
/// namespace (objects without one last) and name.
/// </summary>
internal static class LegacyOrder
{
    private static readonly string[] First =
    [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
        "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob",
        "PodDisruptionBudget",
    ];

    private static readonly string[] Last = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

    public static List<BuiltinResource> Sort(IEnumerable<BuiltinResource> resources) =>
        resources.Order(Comparer<BuiltinResource>.Create(Compare)).ToList();

    private static int Compare(BuiltinResource a, BuiltinResource b)
    {
        var byKind = Rank(a.Kind).CompareTo(Rank(b.Kind));
        if (byKind != 0)
        {
            return byKind;
        }

        var byGvk = string.CompareOrdinal(Gvk(a), Gvk(b));
        return byGvk != 0 ? byGvk : string.CompareOrdinal(NamespaceAndName(a), NamespaceAndName(b));
    }

    private static int Rank(string kind)
    {
        var first = Array.IndexOf(First, kind);
        if (first >= 0)
        {
            return first - First.Length;
        }

        var last = Array.IndexOf(Last, kind);
        return last >= 0 ? last + 1 : 0;
    }

    private static string Gvk(BuiltinResource r) =>
        $"{(r.Group.Length == 0 ? "~G" : r.Group)}_{(r.Version.Length == 0 ? "~V" : r.Version)}_{(r.Kind.Length == 0 ? "~K" : r.Kind)}";

    private static string NamespaceAndName(BuiltinResource r) => $"{(r.Namespace.Length == 0 ? "~X" : r.Namespace)}|{r.Name}";
}
