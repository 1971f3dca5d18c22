using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Files;

/// <summary>
/// Decides what a YAML file holds: its place in an Ansible tree first, with ansible-lint's own ordered patterns
/// (<c>roles/x/tasks/docker-compose.yml</c> is a task file, <c>roles/x/tasks/kustomization.yaml</c> too), then its name
/// (Compose, Kustomize), then its content.
/// </summary>
public static class FileClassifier
{
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

        // The place in an Ansible tree decides before any name: ansible-lint matches its kinds on the path alone.
        var placeName = AnsibleKinds.KindName(path, ansibleKinds);
        var placeKind = placeName is null ? (FileKind?)null : AnsibleKinds.FromKindName(placeName);
        if (placeKind is { } ansibleKind && ansibleKind != FileKind.Yaml)
        {
            return ansibleKind;
        }

        // A template (ansible-lint's "text" and "jinja2" places) is a Jinja source, not the file it renders to: plain
        // YAML whatever its name or content.
        if (placeName is "text" or "jinja2")
        {
            return FileKind.Yaml;
        }

        if (name is "kustomization.yaml" or "kustomization.yml" or "Kustomization")
        {
            return FileKind.Kustomization;
        }

        if (IsComposeName(name))
        {
            return FileKind.Compose;
        }

        if (placeKind == FileKind.Yaml)
        {
            // Another place ansible-lint does not lint as Ansible (molecule and tool configurations, a "yaml" kind
            // of the configuration): other formats' content still decides, Ansible's does not.
            var byContent = ClassifyByContent(name, documents);
            return byContent.IsAnsible() ? FileKind.Yaml : byContent;
        }

        if (segments.Contains("group_vars") || segments.Contains("host_vars"))
        {
            return FileKind.AnsibleVars;
        }

        if (parent is "inventory" or "inventories" || name.StartsWith("inventory", StringComparison.Ordinal) || name.StartsWith("hosts.", StringComparison.Ordinal))
        {
            return FileKind.AnsibleInventory;
        }

        return ClassifyByContent(name, documents);
    }

    private static bool IsComposeName(string name) =>
        name is "compose.yaml" or "compose.yml" or "docker-compose.yaml" or "docker-compose.yml"
        || (name.StartsWith("docker-compose.", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
        || (name.StartsWith("compose.", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)));

    private static FileKind ClassifyByContent(string name, IReadOnlyList<YDocument> documents)
    {
        var root = documents.Count > 0 ? documents[0].Root : null;

        // A dotfile (.pre-commit-hooks.yaml, .gitlab-ci.yml) is a tool's configuration, never Ansible content.
        if (root is YSequence sequence && sequence.Items.Count > 0 && sequence.Items[0] is YMapping first && !name.StartsWith('.'))
        {
            // ansible-lint's guess for a file outside any Ansible place: a playbook when its first item has "hosts"
            // (and no "rules", which makes it a rulebook). A list that starts with import_playbook is not guessed.
            if (first.ContainsKey("hosts") && !first.ContainsKey("rules"))
            {
                return FileKind.AnsiblePlaybook;
            }

            if (!first.ContainsKey("import_playbook") && !first.ContainsKey("ansible.builtin.import_playbook") && LooksLikeTask(first))
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

    /// <summary>
    /// Whether a list item outside any Ansible place reads as a task (ansible-lint lints such a file as tasks only
    /// when something includes it): it must name an action Ansible knows — a builtin module, a routed short name or a
    /// collection's <c>namespace.collection.module</c> — or be a block or an include.
    /// </summary>
    private static bool LooksLikeTask(YMapping mapping)
    {
        foreach (var pair in mapping.Pairs)
        {
            if (pair.KeyText is { } key && IsAction(key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAction(string key)
    {
        if (key is "block" or "include_tasks" or "import_tasks" or "include_role" or "import_role" or "action" or "local_action")
        {
            return true;
        }

        var parts = key.Split('.');
        if (parts.Length == 1)
        {
            return AnsibleData.BuiltinModules.Contains(key) || AnsibleData.Route(key) is not null;
        }

        return parts.Length >= 3 && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
    }
}
