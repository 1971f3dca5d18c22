using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Ansible's <c>host_group_vars</c> plugin: for a group or host named N, <c>group_vars/N</c> or <c>host_vars/N</c>
/// beside the inventory — the first of N, N.yml, N.yaml, N.json that exists; when it is a folder, every file in it
/// (and in its sub-folders without an extension) with one of those extensions or none, in name order, hidden files
/// and backups (<c>~</c>) left out.
/// </summary>
internal static class VarsFolderReader
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    public static void Read(AnsibleInventory inventory, string folder, List<ModuleDiagnostic> problems)
    {
        foreach (var group in inventory.Groups)
        {
            foreach (var file in FindFiles(Path.Combine(folder, "group_vars"), group.Name))
            {
                Load(file, group.Files, group.VarsFileList, problems);
            }
        }

        foreach (var host in inventory.Hosts)
        {
            // Ansible skips a host whose name is an absolute path.
            if (host.Name.StartsWith('/'))
            {
                continue;
            }

            foreach (var file in FindFiles(Path.Combine(folder, "host_vars"), host.Name))
            {
                Load(file, host.Files, host.VarsFileList, problems);
            }
        }
    }

    private static List<string> FindFiles(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var basePath = Path.Combine(folder, name);
        foreach (var candidate in new[] { basePath }.Concat(Extensions.Select(extension => basePath + extension)))
        {
            if (Directory.Exists(candidate))
            {
                return FolderFiles(candidate);
            }

            if (File.Exists(candidate))
            {
                return [candidate];
            }
        }

        return [];
    }

    private static List<string> FolderFiles(string folder)
    {
        var found = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || name.EndsWith('~'))
            {
                continue;
            }

            var extension = Path.GetExtension(name);
            if (Directory.Exists(entry))
            {
                if (extension.Length == 0)
                {
                    found.AddRange(FolderFiles(entry));
                }
            }
            else if (extension.Length == 0 || Extensions.Contains(extension, StringComparer.Ordinal))
            {
                found.Add(entry);
            }
        }

        return found;
    }

    private static void Load(string path, Dictionary<string, object?> variables, List<VarsFile> files, List<ModuleDiagnostic> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ModuleDiagnostic(new SourceLocation(path, 1, 1), $"cannot read the vars file: {exception.Message}"));
            return;
        }

        // A vault-encrypted file stays closed: Ansible opens it at run time with the user's password.
        if (text.TrimStart().StartsWith(InventoryValues.VaultHeader, StringComparison.Ordinal))
        {
            files.Add(new VarsFile(path, IsVaultEncrypted: true));
            return;
        }

        files.Add(new VarsFile(path, IsVaultEncrypted: false));
        var diagnostics = new List<ModuleDiagnostic>();
        var root = YamlFileLoader.ParseDocuments(text, path, diagnostics).FirstOrDefault(document => document is not null);
        problems.AddRange(diagnostics);
        if (root is null || diagnostics.Count > 0)
        {
            return;
        }

        if (root.Kind != ModuleNodeKind.Mapping)
        {
            problems.Add(new ModuleDiagnostic(root.Location, "a vars file must hold a mapping of variable names to values"));
            return;
        }

        foreach (var (name, value) in (Dictionary<string, object?>)InventoryValues.From(root)!)
        {
            variables[name] = value;
        }
    }
}
