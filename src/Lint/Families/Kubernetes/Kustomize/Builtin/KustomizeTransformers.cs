namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// A kustomization's built-in transformers, in Kustomize's order: strategic-merge patches, <c>patches</c>, namespace,
/// prefix, suffix, labels, annotations, <c>patchesJson6902</c>, replicas, images. Each object records the
/// kustomizations that changed it (a finding on a changed field points there).
/// </summary>
internal static class KustomizeTransformers
{
    public static void Run(KustomizationFile kustomization, List<BuiltinResource> resources)
    {
        var root = kustomization.Root;
        foreach (var item in root.List("patchesStrategicMerge")?.Items ?? [])
        {
            var text = item is KScalar { Type: KScalarType.String } s ? s.Text : throw new KustomizeUnsupportedException("a patchesStrategicMerge entry");
            var inline = text.Contains('\n', StringComparison.Ordinal);
            foreach (var body in BuiltinKustomizeRenderer.PatchBodies(kustomization, inline ? null : text, inline ? text : null))
            {
                PatchByOwnId(kustomization, resources, body);
            }
        }

        foreach (var entry in Maps(root.List("patches")))
        {
            Patch(kustomization, resources, entry, json6902Only: false);
        }

        if (root.String("namespace") is { Length: > 0 } ns)
        {
            foreach (var resource in resources.Where(r => BuiltinKustomizeRenderer.IsNamespaced(r.Kind)))
            {
                if (resource.Kind is "RoleBinding" or "ClusterRoleBinding")
                {
                    throw new KustomizeUnsupportedException("a namespace with role bindings");
                }

                if (resource.Namespace != ns)
                {
                    resource.Body.GetOrAddMap("metadata").Entries["namespace"] = KScalar.Of(ns);
                    resource.Transformed(kustomization.File);
                }
            }

            if (resources.Any(r => r.Kind is "ClusterRoleBinding" or "ValidatingWebhookConfiguration" or "MutatingWebhookConfiguration" or "APIService"))
            {
                throw new KustomizeUnsupportedException("a namespace with cluster objects that name namespaced ones");
            }
        }

        var prefix = root.String("namePrefix") ?? string.Empty;
        var suffix = root.String("nameSuffix") ?? string.Empty;
        if (prefix.Length + suffix.Length > 0)
        {
            foreach (var resource in resources.Where(r => r.Kind is not ("CustomResourceDefinition" or "Namespace" or "APIService")))
            {
                resource.Rename(prefix + resource.Name + suffix);
                resource.Transformed(kustomization.File);
            }
        }

        if (root.Map("commonLabels") is { Entries.Count: > 0 } commonLabels)
        {
            SetEverywhere(kustomization, resources, "labels", commonLabels, FieldSpecs.SelectorLabels);
        }

        foreach (var entry in Maps(root.List("labels")))
        {
            if (entry.Entries.Keys.Any(k => k is not ("pairs" or "includeSelectors")) || entry.Map("pairs") is not { } pairs)
            {
                throw new KustomizeUnsupportedException("a labels entry with templates or fields");
            }

            var selectors = entry["includeSelectors"] is KScalar { Text: "true" };
            SetEverywhere(kustomization, resources, "labels", pairs, selectors ? FieldSpecs.SelectorLabels : []);
        }

        if (root.Map("commonAnnotations") is { Entries.Count: > 0 } annotations)
        {
            SetEverywhere(kustomization, resources, "annotations", annotations, FieldSpecs.TemplateAnnotations);
        }

        foreach (var entry in Maps(root.List("patchesJson6902")))
        {
            Patch(kustomization, resources, entry, json6902Only: true);
        }

        foreach (var entry in Maps(root.List("replicas")))
        {
            Replicas(kustomization, resources, entry);
        }

        foreach (var entry in Maps(root.List("images")))
        {
            Images(kustomization, resources, entry);
        }
    }

    private static void SetEverywhere(KustomizationFile kustomization, List<BuiltinResource> resources, string field, KMap pairs, IEnumerable<FieldSpecs.Spec> specs)
    {
        var values = pairs.Entries.Select(p => new KeyValuePair<string, KNode>(p.Key, p.Value is KScalar { Type: KScalarType.String } ? p.Value
            : throw new KustomizeUnsupportedException($"the {field} value of {p.Key} that is not a string"))).ToList();
        foreach (var resource in resources)
        {
            if (FieldSpecs.Set(resource, field, values, specs.ToList()))
            {
                resource.Transformed(kustomization.File);
            }
        }
    }

    private static void PatchByOwnId(KustomizationFile kustomization, List<BuiltinResource> resources, KNode body)
    {
        if (body is not KMap patch || patch.String("kind") is not { } kind || patch.Map("metadata")?.String("name") is not { } name)
        {
            throw new KustomizeUnsupportedException("a strategic-merge patch that does not name its object");
        }

        var apiVersion = patch.String("apiVersion");
        var ns = Effective(patch.Map("metadata")?.String("namespace") ?? string.Empty);
        var matches = resources.Where(r => r.Kind == kind && (apiVersion is null || r.ApiVersion == apiVersion) && r.Names.Contains(name, StringComparer.Ordinal)
            && (Effective(r.Namespace) == ns || Effective(r.OriginalNamespace) == ns)).ToList();
        if (matches.Count != 1)
        {
            throw new KustomizeUnsupportedException($"a strategic-merge patch of {kind} {name} that matches {matches.Count} objects");
        }

        StrategicMergePatch.Apply(matches[0], patch, selectedByTarget: false);
        matches[0].Transformed(kustomization.File);
    }

    private static void Patch(KustomizationFile kustomization, List<BuiltinResource> resources, KMap entry, bool json6902Only)
    {
        if (entry.Entries.Keys.Any(k => k is not ("path" or "patch" or "target")))
        {
            throw new KustomizeUnsupportedException("a patch with options");
        }

        var bodies = BuiltinKustomizeRenderer.PatchBodies(kustomization, entry.String("path"), entry.String("patch"));
        if (entry.Map("target") is not { } target)
        {
            if (json6902Only || bodies.Any(b => b is not KMap))
            {
                throw new KustomizeUnsupportedException("a JSON patch without a target");
            }

            foreach (var body in bodies)
            {
                PatchByOwnId(kustomization, resources, body);
            }

            return;
        }

        if (target.Entries.Keys.Any(k => k is not ("group" or "version" or "kind" or "name" or "namespace")))
        {
            throw new KustomizeUnsupportedException("a patch target with selectors");
        }

        var selected = resources.Where(r => Selected(target, r)).ToList();
        foreach (var body in bodies)
        {
            foreach (var resource in selected)
            {
                switch (body)
                {
                    case KList operations:
                        JsonPatch.Apply(resource.Body, operations);
                        break;
                    case KMap strategic when !json6902Only:
                        StrategicMergePatch.Apply(resource, strategic, selectedByTarget: true);
                        break;
                    default:
                        throw new KustomizeUnsupportedException("a patch that is neither a mapping nor a list");
                }

                resource.Transformed(kustomization.File);
            }
        }
    }

    private static bool Selected(KMap target, BuiltinResource resource) =>
        (target.String("kind") is not { } kind || kind == resource.Kind)
        && (target.String("group") is not { } group || group == resource.Group)
        && (target.String("version") is not { } version || version == resource.Version)
        && (target.String("name") is not { } name || BuiltinKustomizeRenderer.Matches(name, resource.OriginalName) || BuiltinKustomizeRenderer.Matches(name, resource.Name))
        && (target.String("namespace") is not { } ns || BuiltinKustomizeRenderer.Matches(ns, Effective(resource.OriginalNamespace)) || BuiltinKustomizeRenderer.Matches(ns, Effective(resource.Namespace)));

    private static void Replicas(KustomizationFile kustomization, List<BuiltinResource> resources, KMap entry)
    {
        if (entry.String("name") is not { } name || entry["count"] is not KScalar { Type: KScalarType.Int } count)
        {
            throw new KustomizeUnsupportedException("a replicas entry without a name and a count");
        }

        var matched = resources.Where(r => r.Kind is "Deployment" or "ReplicationController" or "ReplicaSet" or "StatefulSet" && r.Names.Contains(name, StringComparer.Ordinal)).ToList();
        if (matched.Count == 0)
        {
            throw new KustomizeUnsupportedException($"the replicas of {name}, which matches nothing");
        }

        foreach (var resource in matched)
        {
            resource.Body.GetOrAddMap("spec").Entries["replicas"] = count;
            resource.Transformed(kustomization.File);
        }
    }

    private static void Images(KustomizationFile kustomization, List<BuiltinResource> resources, KMap entry)
    {
        if (entry.Entries.Keys.Any(k => k is not ("name" or "newName" or "newTag" or "digest")) || entry.String("name") is not { } name)
        {
            throw new KustomizeUnsupportedException("an images entry");
        }

        var newTag = entry["newTag"] switch
        {
            null => null,
            KScalar { Type: KScalarType.String or KScalarType.Int } tag => tag.Text,
            _ => throw new KustomizeUnsupportedException("an image tag that is not a string"),
        };
        foreach (var resource in resources)
        {
            var changed = false;
            foreach (var container in Containers(resource.Body))
            {
                if (container.String("image") is not { } image)
                {
                    continue;
                }

                var (repository, tag, digest) = ImageName.Split(image);
                if (repository != name)
                {
                    continue;
                }

                repository = entry.String("newName") ?? repository;
                if (entry.String("digest") is { } newDigest)
                {
                    (tag, digest) = (null, newDigest);
                }
                else if (newTag is not null)
                {
                    (tag, digest) = (newTag, null);
                }

                container.Entries["image"] = KScalar.Of(repository + (tag is null ? string.Empty : ":" + tag) + (digest is null ? string.Empty : "@" + digest));
                changed = true;
            }

            if (changed)
            {
                resource.Transformed(kustomization.File);
            }
        }
    }

    // Every item of a "containers" or "initContainers" list anywhere in the object, as Kustomize's image filter finds them.
    private static IEnumerable<KMap> Containers(KNode node)
    {
        switch (node)
        {
            case KMap map:
                foreach (var (key, value) in map.Entries)
                {
                    if (key is "containers" or "initContainers" && value is KList list)
                    {
                        foreach (var container in list.Items.OfType<KMap>())
                        {
                            yield return container;
                        }
                    }
                    else
                    {
                        foreach (var inner in Containers(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case KList items:
                foreach (var item in items.Items)
                {
                    foreach (var inner in Containers(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string Effective(string ns) => ns.Length == 0 ? "default" : ns;

    private static IEnumerable<KMap> Maps(KList? list) =>
        (list?.Items ?? []).Select(i => i as KMap ?? throw new KustomizeUnsupportedException("an entry that is not a mapping"));
}
