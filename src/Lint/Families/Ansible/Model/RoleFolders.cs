
namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>Role folders as ansible-lint finds them: the folder directly below the nearest <c>roles</c> folder above a file.</summary>
internal static class RoleFolders
{
    // The files a role's folder-level findings are reported on when it has no meta/main.yml, in order.
    private static readonly string[] AnchorCandidates =
    [
        "tasks/main.yml", "tasks/main.yaml", "handlers/main.yml", "handlers/main.yaml",
    ];

    /// <summary>The role folder holding <paramref name="path"/> (a folder whose parent is named <c>roles</c>), or null.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        while (folder is not null)
        {
            var parent = Path.GetDirectoryName(folder);
            if (parent is not null && Path.GetFileName(parent) == "roles")
            {
                return folder;
            }

            folder = parent;
        }

        return null;
    }

    /// <summary>
    /// The file that carries the role folder's own findings: its <c>tasks/main.yml</c>, else the first task or
    /// handler file in name order; null when the role has neither.
    /// </summary>
    public static string? AnchorFile(string roleFolder)
    {
        foreach (var candidate in AnchorCandidates)
        {
            var path = Path.Combine(roleFolder, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        foreach (var sub in new[] { "tasks", "handlers" })
        {
            var folder = Path.Combine(roleFolder, sub);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var first = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }
}
