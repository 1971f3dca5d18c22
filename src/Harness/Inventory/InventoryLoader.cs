using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Reads inventory sources as Ansible's <c>yaml</c> then <c>ini</c> plugins do, then the vars folders beside them.
/// </summary>
internal static class InventoryLoader
{
    private static readonly string[] YamlExtensions = [".yml", ".yaml", ".json"];

    // Ansible's INVENTORY_IGNORE_EXTS (and its always-ignored names) for the files of an inventory folder.
    private static readonly string[] IgnoredExtensions = [".pyc", ".pyo", ".swp", ".bak", "~", ".rpm", ".md", ".txt", ".rst", ".orig", ".ini", ".cfg", ".retry"];
    private static readonly string[] IgnoredNames = ["host_vars", "group_vars", "vars_plugins"];

    public static AnsibleInventory Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var inventory = new AnsibleInventory();
        var problems = new List<ModuleDiagnostic>();
        string varsFolder;
        if (Directory.Exists(fullPath))
        {
            foreach (var file in FolderSources(fullPath))
            {
                ReadFile(inventory, file, problems);
            }

            varsFolder = fullPath;
        }
        else if (File.Exists(fullPath))
        {
            ReadFile(inventory, fullPath, problems);
            varsFolder = Path.GetDirectoryName(fullPath)!;
        }
        else
        {
            throw new InventoryException([new ModuleDiagnostic(new SourceLocation(fullPath, 1, 1), "the inventory does not exist")]);
        }

        inventory.Reconcile();
        inventory.VarsFolders = [varsFolder];
        VarsFolderReader.Read(inventory, varsFolder, problems);
        return problems.Count > 0 ? throw new InventoryException(problems) : inventory;
    }

    private static IEnumerable<string> FolderSources(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || IgnoredNames.Contains(name, StringComparer.Ordinal)
                || IgnoredExtensions.Any(extension => name.EndsWith(extension, StringComparison.Ordinal)))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                foreach (var file in FolderSources(entry))
                {
                    yield return file;
                }
            }
            else
            {
                yield return entry;
            }
        }
    }

    private static void ReadFile(AnsibleInventory inventory, string path, List<ModuleDiagnostic> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ModuleDiagnostic(new SourceLocation(path, 1, 1), $"cannot read the inventory: {exception.Message}"));
            return;
        }

        inventory.AddSource(path);
        if (text.TrimStart().StartsWith(InventoryValues.VaultHeader, StringComparison.Ordinal))
        {
            problems.Add(new ModuleDiagnostic(new SourceLocation(path, 1, 1),
                "the inventory file itself is vault-encrypted; it is not decrypted here (encrypt values or group_vars files instead)"));
            return;
        }

        var extension = Path.GetExtension(path);
        var yamlNamed = YamlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        if (yamlNamed || extension.Length == 0)
        {
            // Like Ansible, a file without an extension is tried as YAML first, then as INI.
            var diagnostics = new List<ModuleDiagnostic>();
            var root = YamlFileLoader.ParseDocuments(text, path, diagnostics).FirstOrDefault(document => document is not null);
            if (diagnostics.Count == 0 && root is { Kind: ModuleNodeKind.Mapping })
            {
                YamlInventoryReader.Read(inventory, root, problems);
                return;
            }

            if (yamlNamed)
            {
                problems.AddRange(diagnostics);
                if (diagnostics.Count == 0 && root is not null)
                {
                    problems.Add(new ModuleDiagnostic(root.Location, "a YAML inventory is a mapping of group names (all, webservers, …)"));
                }

                return;
            }
        }

        IniInventoryReader.Read(inventory, path, text, problems);
    }
}
