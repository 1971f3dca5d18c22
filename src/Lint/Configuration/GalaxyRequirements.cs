using IacTest.Lint.Yaml;

namespace IacTest.Lint.Configuration;

/// <summary>
/// Where <c>ansible-galaxy install -r requirements.yml</c> puts a project's third-party content: each role of a
/// requirements file under the project's roles path (<c>roles/&lt;name&gt;</c>), each collection under its collections
/// path (<c>collections/ansible_collections/&lt;namespace&gt;/&lt;name&gt;</c>). Those folders are someone else's code.
/// </summary>
internal static class GalaxyRequirements
{
    private static readonly string[] RequirementFiles =
        ["requirements.yml", "requirements.yaml", Path.Combine("roles", "requirements.yml"), Path.Combine("collections", "requirements.yml")];

    /// <summary>The install folders named by the requirements files of <paramref name="projectDirectory"/> (full paths, existing or not).</summary>
    public static IReadOnlyList<string> InstallFolders(string projectDirectory)
    {
        var folders = new List<string>();
        var (rolesPath, collectionsPath) = InstallPaths(projectDirectory);
        foreach (var name in RequirementFiles)
        {
            var file = Path.Combine(projectDirectory, name);
            if (!File.Exists(file) || Read(file) is not { } root)
            {
                continue;
            }

            // The old format is a list of roles; the new one a mapping with roles and collections lists.
            var roles = root is YMapping mapping ? mapping["roles"] : root;
            var collections = root is YMapping withCollections ? withCollections["collections"] : null;
            foreach (var role in Items(roles).Select(RoleName).OfType<string>())
            {
                folders.Add(Path.Combine(rolesPath, role));
            }

            foreach (var collection in Items(collections).Select(CollectionName).OfType<string>())
            {
                var dot = collection.IndexOf('.', StringComparison.Ordinal);
                folders.Add(Path.Combine(collectionsPath, "ansible_collections", collection[..dot], collection[(dot + 1)..]));
            }
        }

        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    private static YNode? Read(string file)
    {
        try
        {
            var (documents, error) = YamlTree.Parse(File.ReadAllText(file));
            return error is null && documents.Count > 0 ? documents[0].Root : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<YNode> Items(YNode? node) => node is YSequence sequence ? sequence.Items : [];

    /// <summary>The folder name ansible-galaxy gives a role: its <c>name</c>, else the repository's name, else the Galaxy name.</summary>
    private static string? RoleName(YNode entry)
    {
        if (entry is YMapping named && Text(named["name"]) is { } name)
        {
            return Clean(name);
        }

        var source = (entry is YMapping mapping ? Text(mapping["src"]) ?? Text(mapping["role"]) : Text(entry))?.Split(',')[0].Trim();
        if (source is null)
        {
            return null;
        }

        // A repository or archive (git+https://host/org/ansible-role-x.git,v1.0) installs under its base name.
        if (source.Contains("://", StringComparison.Ordinal) || source.Contains('@', StringComparison.Ordinal) || source.EndsWith(".git", StringComparison.Ordinal)
            || source.EndsWith(".tar.gz", StringComparison.Ordinal))
        {
            source = source.TrimEnd('/');
            source = source[(source.LastIndexOfAny(['/', ':']) + 1)..];
            source = source.EndsWith(".git", StringComparison.Ordinal) ? source[..^4] : source.EndsWith(".tar.gz", StringComparison.Ordinal) ? source[..^7] : source;
        }

        return Clean(source);
    }

    private static string? CollectionName(YNode entry)
    {
        var name = entry is YMapping mapping ? Text(mapping["name"]) : Text(entry);
        // Only Galaxy names (namespace.name) say where a collection goes; a URL or path names its source.
        return name is not null && name.Count(c => c == '.') == 1 && !name.Contains('/', StringComparison.Ordinal) && !name.StartsWith('.') && !name.EndsWith('.')
            ? name
            : null;
    }

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(['/', '\\']) >= 0 ? null : name.Trim();

    private static string? Text(YNode? node) => node is YScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>The project's roles and collections paths: ansible.cfg's first entries, else <c>roles</c> and <c>collections</c>.</summary>
    private static (string Roles, string Collections) InstallPaths(string projectDirectory)
    {
        var roles = Path.Combine(projectDirectory, "roles");
        var collections = Path.Combine(projectDirectory, "collections");
        var config = Path.Combine(projectDirectory, "ansible.cfg");
        if (!File.Exists(config))
        {
            return (roles, collections);
        }

        foreach (var raw in File.ReadLines(config))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            var key = line[..equals].Trim();
            var first = line[(equals + 1)..].Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (first is null || first.StartsWith('~') || first.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            // Relative paths in ansible.cfg are relative to the file's folder.
            if (key == "roles_path")
            {
                roles = Path.GetFullPath(first, projectDirectory);
            }
            else if (key is "collections_path" or "collections_paths")
            {
                collections = Path.GetFullPath(first, projectDirectory);
            }
        }

        return (roles, collections);
    }
}
