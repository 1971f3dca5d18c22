using IacTest.Lint.Yaml;

namespace IacTest.Lint.Classification;

/// <summary>
/// Decides what a YAML file holds from its path first (as ansible-lint does) and its content second.
/// </summary>
public static class FileClassifier
{
    private static readonly string[] RoleVarsFolders = ["defaults", "vars"];

    /// <summary>
    /// Classifies a file from its path and its parsed documents; <paramref name="ansibleKinds"/> are a configuration's
    /// extra Ansible path kinds, tried before ansible-lint's defaults.
    /// </summary>
    public static FileKind Classify(string path, IReadOnlyList<YDocument> documents, IReadOnlyList<(string Kind, System.Text.RegularExpressions.Regex Regex)>? ansibleKinds = null)
    {
        var normalized = path.Replace('\\', '/');
        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = segments.Length > 0 ? segments[^1] : normalized;
        var parent = segments.Length > 1 ? segments[^2] : string.Empty;

        if (name is "kustomization.yaml" or "kustomization.yml" or "Kustomization")
        {
            return FileKind.Kustomization;
        }

        if (name is "galaxy.yml" or "galaxy.yaml")
        {
            return FileKind.AnsibleGalaxy;
        }

        if (name is "requirements.yml" or "requirements.yaml")
        {
            return FileKind.AnsibleRequirements;
        }

        if (IsComposeName(name))
        {
            return FileKind.Compose;
        }

        // ansible-lint decides Ansible kinds from the path first, with its own ordered patterns.
        if (Ansible.AnsibleKinds.FromPath(path, ansibleKinds) is { } ansibleKind)
        {
            if (ansibleKind != FileKind.Yaml)
            {
                return ansibleKind;
            }

            // A kind ansible-lint does not lint as Ansible (templates, workflows, …): other content kinds still apply.
            var byContent = ClassifyByContent(documents);
            return byContent.IsAnsible() ? FileKind.Yaml : byContent;
        }

        if (segments.Contains("group_vars") || segments.Contains("host_vars"))
        {
            return FileKind.AnsibleVars;
        }

        var roleFolder = RoleFolder(segments);
        if (roleFolder is not null)
        {
            if (roleFolder == "tasks")
            {
                return FileKind.AnsibleTasks;
            }

            if (roleFolder == "handlers")
            {
                return FileKind.AnsibleHandlers;
            }

            if (RoleVarsFolders.Contains(roleFolder))
            {
                return FileKind.AnsibleVars;
            }

            if (roleFolder == "meta")
            {
                return name.StartsWith("argument_specs", StringComparison.Ordinal) ? FileKind.AnsibleArgumentSpecs : FileKind.AnsibleMeta;
            }
        }

        if (parent is "inventory" or "inventories" || name.StartsWith("inventory", StringComparison.Ordinal) || name.StartsWith("hosts.", StringComparison.Ordinal))
        {
            return FileKind.AnsibleInventory;
        }

        return ClassifyByContent(documents);
    }

    private static bool IsComposeName(string name) =>
        name is "compose.yaml" or "compose.yml" or "docker-compose.yaml" or "docker-compose.yml"
        || (name.StartsWith("docker-compose.", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
        || (name.StartsWith("compose.", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)));

    /// <summary>The role sub-folder (<c>tasks</c>, <c>handlers</c>, …) when the path is inside a role.</summary>
    private static string? RoleFolder(string[] segments)
    {
        for (var i = segments.Length - 2; i >= 1; i--)
        {
            var folder = segments[i];
            if (folder is "tasks" or "handlers" or "defaults" or "vars" or "meta")
            {
                // A role is a folder that holds these sub-folders; "roles/x/tasks" is certain, "x/tasks" is likely.
                return folder;
            }
        }

        return null;
    }

    private static FileKind ClassifyByContent(IReadOnlyList<YDocument> documents)
    {
        var root = documents.Count > 0 ? documents[0].Root : null;
        if (root is YSequence sequence && sequence.Items.Count > 0 && sequence.Items[0] is YMapping first)
        {
            if (first.ContainsKey("hosts") || first.ContainsKey("import_playbook") || first.ContainsKey("ansible.builtin.import_playbook"))
            {
                return FileKind.AnsiblePlaybook;
            }

            if (LooksLikeTask(first))
            {
                return FileKind.AnsibleTasks;
            }
        }

        if (root is YMapping mapping)
        {
            if (mapping.ContainsKey("apiVersion") && mapping.ContainsKey("kind"))
            {
                return FileKind.Kubernetes;
            }

            if (mapping["services"] is YMapping && (mapping.ContainsKey("version") || mapping.ContainsKey("networks") || mapping.ContainsKey("volumes") || ServicesLookLikeCompose(mapping)))
            {
                return FileKind.Compose;
            }
        }

        foreach (var document in documents)
        {
            if (document.Root is YMapping objectRoot && objectRoot.ContainsKey("apiVersion") && objectRoot.ContainsKey("kind"))
            {
                return FileKind.Kubernetes;
            }
        }

        return FileKind.Yaml;
    }

    private static bool ServicesLookLikeCompose(YMapping root)
    {
        if (root["services"] is not YMapping services)
        {
            return false;
        }

        foreach (var pair in services.Pairs)
        {
            if (pair.Value is YMapping service && (service.ContainsKey("image") || service.ContainsKey("build")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeTask(YMapping mapping)
    {
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.KeyText;
            if (key is "name" or "block" or "include_tasks" or "import_tasks" or "when" or "become" or "register" or "loop" or "with_items" or "notify" or "tags" or "vars")
            {
                continue;
            }

            // Any other key (a module name) of a mapping in a list is the shape of a task.
            return true;
        }

        return mapping.ContainsKey("block") || mapping.ContainsKey("include_tasks") || mapping.ContainsKey("import_tasks");
    }
}
