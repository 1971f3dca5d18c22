using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// Puts the Ansible collections a test project references through module packages where Ansible looks for them:
/// a collection is found as <c>&lt;path&gt;/ansible_collections/&lt;namespace&gt;/&lt;name&gt;/</c>, while a package
/// holds it as <c>iac/modules/&lt;module&gt;/</c> with its namespace and name in <c>galaxy.yml</c>. Each run links them
/// into that layout under its own work folder, ahead of the paths Ansible would search anyway.
/// </summary>
internal static class AnsibleCollectionsPath
{
    /// <summary>Ansible's own default collections path, searched after the referenced collections.</summary>
    private static readonly string[] AnsibleDefaults = ["~/.ansible/collections", "/usr/share/ansible/collections"];

    /// <summary>
    /// Lays out <paramref name="collections"/> under <paramref name="workDirectory"/> and returns the value for
    /// <c>ANSIBLE_COLLECTIONS_PATH</c>, or null when there are none.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A collection's <c>galaxy.yml</c> is missing, broken or has no namespace or name; or two collections claim the
    /// same namespace and name. The message names the file and, where it can, the position.
    /// </exception>
    public static string? Create(string workDirectory, IReadOnlyList<IacModuleReference> collections, string? inheritedPath)
    {
        if (collections.Count == 0)
        {
            return null;
        }

        var root = Path.Combine(workDirectory, "collections");
        var linked = new Dictionary<string, IacModuleReference>(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            var (space, name) = ReadIdentity(collection);
            var fullName = $"{space}.{name}";
            if (!linked.TryAdd(fullName, collection))
            {
                throw new InvalidOperationException(
                    $"The referenced modules '{linked[fullName].Name}' and '{collection.Name}' are both the Ansible collection {fullName}.");
            }

            var folder = Path.Combine(root, "ansible_collections", space);
            Directory.CreateDirectory(folder);
            var link = Path.Combine(folder, name);
            // A work folder can serve several runs: a link already there from an earlier one is kept.
            if (new DirectoryInfo(link).LinkTarget != collection.Path)
            {
                Directory.CreateSymbolicLink(link, collection.Path);
            }
        }

        return string.Join(Path.PathSeparator, [root, .. string.IsNullOrEmpty(inheritedPath) ? AnsibleDefaults : [inheritedPath]]);
    }

    private static (string Namespace, string Name) ReadIdentity(IacModuleReference collection)
    {
        var file = new[] { "galaxy.yml", "galaxy.yaml" }.Select(name => Path.Combine(collection.Path, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"The referenced module '{collection.Name}' is an Ansible collection but has no galaxy.yml in {collection.Path}.");
        var diagnostics = new List<ModuleDiagnostic>();
        var root = YamlFileLoader.LoadSingle(file, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())));
        }

        var space = root?.GetText("namespace");
        var name = root?.GetText("name");
        if (!IsIdentifier(space) || !IsIdentifier(name))
        {
            var at = (IsIdentifier(space) ? root?["name"] : root?["namespace"])?.Location ?? root?.Location ?? new SourceLocation(file, 1, 1);
            throw new InvalidOperationException(
                $"{at}: galaxy.yml needs a namespace and a name made of lowercase letters, digits and underscores (found namespace '{space}', name '{name}').");
        }

        return (space!, name!);
    }

    // Ansible's rule for collection namespaces and names.
    private static bool IsIdentifier(string? text) =>
        !string.IsNullOrEmpty(text) && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
