namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Kustomize's last step: a field that names another object of the build by a name it no longer has (a prefix, a
/// suffix or a generator's hash changed it) is given the new name — the service account, config maps, secrets,
/// claims and priority class of a pod template, a StatefulSet's service, an HPA's target, an Ingress's backends and
/// TLS secrets, a binding's role and service accounts. A name several objects once had is left to Kustomize.
/// </summary>
internal static class NameReferences
{
    public static void Fix(IReadOnlyList<BuiltinResource> resources)
    {
        if (!resources.Any(r => r.PreviousNames.Count > 0))
        {
            return;
        }

        // Only objects that were renamed can be named by an old name; every name any of them had, by kind.
        var renamed = resources.Where(r => r.PreviousNames.Count > 0)
            .SelectMany(r => r.PreviousNames.Select(name => (Key: r.Kind + "/" + name, Resource: r)))
            .ToLookup(p => p.Key, p => p.Resource, StringComparer.Ordinal);
        var current = resources.Select(r => r.Kind + "/" + r.Name).Concat(resources.Select(r => r.Kind + "/" + r.Namespace + "/" + r.Name)).ToHashSet(StringComparer.Ordinal);
        var index = new Index(renamed, current);

        foreach (var referrer in resources)
        {
            var body = referrer.Body;
            var ns = referrer.Namespace;
            foreach (var podSpec in PodSpecs(referrer))
            {
                Update(index, podSpec, "serviceAccountName", "ServiceAccount", ns);
                Update(index, podSpec, "serviceAccount", "ServiceAccount", ns);
                Update(index, podSpec, "priorityClassName", "PriorityClass", null);
                foreach (var volume in Maps(podSpec.List("volumes")))
                {
                    Update(index, volume.Map("configMap"), "name", "ConfigMap", ns);
                    Update(index, volume.Map("secret"), "secretName", "Secret", ns);
                    Update(index, volume.Map("persistentVolumeClaim"), "claimName", "PersistentVolumeClaim", ns);
                    foreach (var source in Maps(volume.Map("projected")?.List("sources")))
                    {
                        Update(index, source.Map("configMap"), "name", "ConfigMap", ns);
                        Update(index, source.Map("secret"), "name", "Secret", ns);
                    }
                }

                foreach (var secret in Maps(podSpec.List("imagePullSecrets")))
                {
                    Update(index, secret, "name", "Secret", ns);
                }

                foreach (var container in Maps(podSpec.List("containers")).Concat(Maps(podSpec.List("initContainers"))))
                {
                    foreach (var env in Maps(container.List("env")))
                    {
                        Update(index, env.Map("valueFrom")?.Map("configMapKeyRef"), "name", "ConfigMap", ns);
                        Update(index, env.Map("valueFrom")?.Map("secretKeyRef"), "name", "Secret", ns);
                    }

                    foreach (var from in Maps(container.List("envFrom")))
                    {
                        Update(index, from.Map("configMapRef"), "name", "ConfigMap", ns);
                        Update(index, from.Map("secretRef"), "name", "Secret", ns);
                    }
                }
            }

            var spec = body.Map("spec");
            switch (referrer.Kind)
            {
                case "StatefulSet":
                    Update(index, spec, "serviceName", "Service", ns);
                    break;
                case "HorizontalPodAutoscaler" when spec?.Map("scaleTargetRef") is { } target && target.String("kind") is { } kind:
                    Update(index, target, "name", kind, ns);
                    break;
                case "Ingress":
                    Update(index, spec?.Map("defaultBackend")?.Map("service"), "name", "Service", ns);
                    foreach (var rule in Maps(spec?.List("rules")))
                    {
                        foreach (var path in Maps(rule.Map("http")?.List("paths")))
                        {
                            Update(index, path.Map("backend")?.Map("service"), "name", "Service", ns);
                        }
                    }

                    foreach (var tls in Maps(spec?.List("tls")))
                    {
                        Update(index, tls, "secretName", "Secret", ns);
                    }

                    break;
                case "RoleBinding" or "ClusterRoleBinding":
                    if (body.Map("roleRef") is { } roleRef && roleRef.String("kind") is { } roleKind)
                    {
                        Update(index, roleRef, "name", roleKind, roleKind == "Role" ? ns : null);
                    }

                    foreach (var subject in Maps(body.List("subjects")).Where(s => s.String("kind") == "ServiceAccount"))
                    {
                        Update(index, subject, "name", "ServiceAccount", subject.String("namespace") ?? ns);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<KMap> PodSpecs(BuiltinResource resource)
    {
        var spec = resource.Body.Map("spec");
        var podSpec = resource.Kind switch
        {
            "Pod" => spec,
            "Deployment" or "ReplicaSet" or "DaemonSet" or "StatefulSet" or "Job" or "ReplicationController" => spec?.Map("template")?.Map("spec"),
            "CronJob" => spec?.Map("jobTemplate")?.Map("spec")?.Map("template")?.Map("spec"),
            _ => null,
        };
        return podSpec is null ? [] : [podSpec];
    }

    private static void Update(Index index, KMap? holder, string field, string kind, string? ns)
    {
        if (holder?.String(field) is not { } name || index.Current.Contains(ns is null ? kind + "/" + name : kind + "/" + ns + "/" + name))
        {
            return;
        }

        var candidates = index.Renamed[kind + "/" + name].Where(r => ns is null || r.Namespace == ns).Distinct().ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        if (candidates.Count > 1)
        {
            throw new KustomizeUnsupportedException($"the reference {name}, a name several objects had");
        }

        holder.Entries[field] = KScalar.Of(candidates[0].Name);
    }

    private sealed record Index(ILookup<string, BuiltinResource> Renamed, HashSet<string> Current);

    private static IEnumerable<KMap> Maps(KList? list) => list?.Items.OfType<KMap>() ?? [];
}
