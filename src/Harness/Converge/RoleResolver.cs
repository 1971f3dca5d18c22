using IacTest.Harness.Modules;

namespace IacTest.Harness.Converge;

/// <summary>
/// Resolves the roles a run needs from local folders (and from what <see cref="GalaxyDownload"/> fetched), as <c>ansible-galaxy install</c> would have laid them out:
/// a role is found by its folder name on the roles path, by the Galaxy name its metadata gives it
/// (<c>galaxy_info.namespace</c> + <c>role_name</c>, as Molecule links the role under test), or by an alias the test
/// declares (<c>geerlingguy.nginx</c> → <c>roles/nginx</c>). Galaxy names are made real as links in the run's private
/// folder, so a role's own <c>converge.yml</c> saying <c>role: geerlingguy.nginx</c> runs unchanged. Every role the
/// playbook, the roles' <c>dependencies</c> and a <c>requirements.yml</c> name is checked before Ansible starts.
/// </summary>
internal static class RoleResolver
{
    /// <summary>
    /// Links Galaxy names and aliases under <paramref name="linkFolder"/> (returned when a link was made, to go first on
    /// the roles path) and checks every referenced role.
    /// </summary>
    /// <exception cref="RoleDependencyException">A referenced role is nowhere; the message lists each one.</exception>
    public static string? Prepare(
        string linkFolder, IReadOnlyList<string> rolesPath, IReadOnlyDictionary<string, string> aliases,
        string? playbook, string? role, string? requirements)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var linked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in rolesPath.Where(Directory.Exists))
        {
            foreach (var candidate in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Where(IsRole))
            {
                // The first folder on the path wins, as in Ansible.
                known.TryAdd(Path.GetFileName(candidate), candidate);
                if (GalaxyName(candidate) is { } galaxyName && !known.ContainsKey(galaxyName))
                {
                    known[galaxyName] = candidate;
                    linked[galaxyName] = candidate;
                }
            }
        }

        foreach (var (name, folder) in aliases)
        {
            known[name] = folder;
            linked[name] = folder;
        }

        var missing = new List<string>();
        var missingNames = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Require(string name, SourceLocation where, string baseFolder)
        {
            if (name.Contains("{{", StringComparison.Ordinal) || name.Count(c => c == '.') >= 2)
            {
                return; // Templated at run time, or a collection's role (namespace.collection.role): Ansible checks those.
            }

            var folder = known.GetValueOrDefault(name)
                ?? (name.Contains('/', StringComparison.Ordinal) || Path.IsPathRooted(name) ? Path.GetFullPath(Path.Combine(baseFolder, name)) : null);
            if (folder is null || !Directory.Exists(folder))
            {
                missing.Add($"  - the role '{name}' was not found (required at {where})");
                missingNames.Add(name);
                return;
            }

            if (visited.Add(folder))
            {
                foreach (var (dependency, location) in MetaDependencies(folder))
                {
                    Require(dependency, location, folder);
                }
            }
        }

        if (role is not null)
        {
            visited.Add(role);
            foreach (var (dependency, location) in MetaDependencies(role))
            {
                Require(dependency, location, role);
            }
        }

        if (playbook is not null)
        {
            foreach (var (name, location) in PlaybookRoles(playbook))
            {
                Require(name, location, Path.GetDirectoryName(playbook)!);
            }
        }

        if (requirements is not null)
        {
            foreach (var (name, location) in RequirementRoles(requirements))
            {
                Require(name, location, Path.GetDirectoryName(requirements)!);
            }
        }

        if (missing.Count > 0)
        {
            throw new RoleDependencyException(
                $"{missing.Count} role(s) the run needs are not available locally:\n{string.Join('\n', missing.Distinct(StringComparer.Ordinal))}\n"
                + $"Searched the roles path ({string.Join(", ", rolesPath)}), the Galaxy names in the roles' meta/main.yml (namespace.role_name) "
                + "and the aliases declared with WithRoleAlias. Put the role there, reference a module package that holds it, or map the "
                + "Galaxy name to a folder, e.g. WithRoleAlias(\"geerlingguy.nginx\", \"roles/nginx\").",
                [.. missingNames.Distinct(StringComparer.Ordinal)]);
        }

        if (linked.Count == 0)
        {
            return null;
        }

        Directory.CreateDirectory(linkFolder);
        foreach (var (name, folder) in linked)
        {
            Directory.CreateSymbolicLink(Path.Combine(linkFolder, name), folder);
        }

        return linkFolder;
    }

    private static bool IsRole(string folder) =>
        new[] { "tasks", "meta", "handlers", "defaults", "vars" }.Any(part => Directory.Exists(Path.Combine(folder, part)));

    private static ModuleNode? Load(string file) => File.Exists(file) ? YamlFileLoader.LoadSingle(file, new List<ModuleDiagnostic>()) : null;

    private static string? MetaFile(string role) =>
        new[] { "main.yml", "main.yaml" }.Select(name => Path.Combine(role, "meta", name)).FirstOrDefault(File.Exists);

    private static string? GalaxyName(string role) =>
        MetaFile(role) is { } meta && Load(meta)?["galaxy_info"] is { Kind: ModuleNodeKind.Mapping } info
        && info.GetText("namespace") is { Length: > 0 } ns && info.GetText("role_name") is { Length: > 0 } name
            ? $"{ns}.{name}"
            : null;

    private static IEnumerable<(string Name, SourceLocation Location)> MetaDependencies(string role) =>
        MetaFile(role) is { } meta && Load(meta)?["dependencies"] is { Kind: ModuleNodeKind.Sequence } dependencies
            ? dependencies.Items.Select(RoleReference).OfType<(string, SourceLocation)>()
            : [];

    private static IEnumerable<(string Name, SourceLocation Location)> PlaybookRoles(string playbook)
    {
        if (Load(playbook) is not { Kind: ModuleNodeKind.Sequence } plays)
        {
            yield break;
        }

        foreach (var play in plays.Items.Where(p => p.Kind == ModuleNodeKind.Mapping))
        {
            if (play["roles"] is { Kind: ModuleNodeKind.Sequence } roles)
            {
                foreach (var reference in roles.Items.Select(RoleReference).OfType<(string, SourceLocation)>())
                {
                    yield return reference;
                }
            }

            foreach (var section in new[] { "pre_tasks", "tasks", "post_tasks" })
            {
                if (play[section] is not { Kind: ModuleNodeKind.Sequence } tasks)
                {
                    continue;
                }

                foreach (var task in tasks.Items.Where(t => t.Kind == ModuleNodeKind.Mapping))
                {
                    var include = new[] { "include_role", "import_role", "ansible.builtin.include_role", "ansible.builtin.import_role" }
                        .Select(key => task[key]).FirstOrDefault(node => node is { Kind: ModuleNodeKind.Mapping });
                    if (include?["name"] is { Kind: ModuleNodeKind.Scalar } name && !name.IsNull)
                    {
                        yield return (name.Text!, name.Location);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Name, SourceLocation Location)> RequirementRoles(string requirements)
    {
        var root = Load(requirements);
        // Either a plain list of roles, or a mapping with roles: (and collections:, left to Ansible).
        var roles = root is { Kind: ModuleNodeKind.Mapping } ? root["roles"] : root;
        if (roles is not { Kind: ModuleNodeKind.Sequence })
        {
            yield break;
        }

        foreach (var entry in roles.Items.Where(e => e.Kind == ModuleNodeKind.Mapping))
        {
            // ansible-galaxy installs `src: geerlingguy.nginx` as roles/geerlingguy.nginx unless `name:` renames it.
            var node = entry["name"] is { Kind: ModuleNodeKind.Scalar, IsNull: false } named ? named : entry["src"];
            if (node is { Kind: ModuleNodeKind.Scalar, IsNull: false } && !node.Text!.Contains("://", StringComparison.Ordinal))
            {
                yield return (node.Text, node.Location);
            }
        }
    }

    private static (string, SourceLocation)? RoleReference(ModuleNode item) => item switch
    {
        { Kind: ModuleNodeKind.Scalar, IsNull: false } => (item.Text!, item.Location),
        { Kind: ModuleNodeKind.Mapping } when (item["role"] ?? item["name"]) is { Kind: ModuleNodeKind.Scalar, IsNull: false } name => (name.Text!, name.Location),
        _ => null,
    };
}
