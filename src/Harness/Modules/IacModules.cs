using System.Reflection;

namespace IacTest.Harness.Modules;

/// <summary>
/// The modules a test project references through NuGet packages, found without hard-coded paths: the IacTest SDK
/// records each one in the test assembly (<c>AssemblyMetadata("IacTest.Module.&lt;name&gt;.Path", …)</c>) and copies
/// its files to <c>iac/modules/&lt;name&gt;/</c> beside the assembly.
/// </summary>
/// <example>
/// <code>
/// var nginx = IacModules.Path("nginx");                 // …/bin/Debug/net10.0/iac/modules/nginx
/// var role = AnsibleRole.LoadFromPackage("nginx");
/// </code>
/// </example>
public static class IacModules
{
    private const string KeyPrefix = "IacTest.Module.";
    private const string PathSuffix = ".Path";

    /// <summary>Every referenced module of every loaded assembly, sorted by name.</summary>
    /// <exception cref="InvalidOperationException">When two assemblies reference different modules by the same name.</exception>
    public static IReadOnlyList<IacModuleReference> All =>
        Merge(AppDomain.CurrentDomain.GetAssemblies().Where(assembly => !assembly.IsDynamic).SelectMany(ReferencedBy));

    /// <summary>The folders that hold referenced Ansible roles, for Ansible's roles path (empty when there are none).</summary>
    public static IReadOnlyList<string> RoleSearchPaths =>
        All.Where(module => module.IsAnsibleRole)
            .Select(module => System.IO.Path.GetDirectoryName(module.Path)!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The referenced module named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">When no referenced package holds such a module; the message lists the modules there are.</exception>
    public static IacModuleReference Get(string name)
    {
        var all = All;
        return all.FirstOrDefault(module => string.Equals(module.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException(
                $"No referenced module is named '{name}'. "
                + (all.Count == 0
                    ? "The test project references no module package (a PackageReference to a package packed from IacModule items)."
                    : $"Referenced modules: {string.Join(", ", all.Select(module => module.Name))}."));
    }

    /// <summary>The folder of the referenced module named <paramref name="name"/> (full path).</summary>
    /// <exception cref="KeyNotFoundException">When no referenced package holds such a module.</exception>
    public static string Path(string name) => Get(name).Path;

    /// <summary>The modules <paramref name="assembly"/> records; relative paths are resolved against its folder.</summary>
    public static IReadOnlyList<IacModuleReference> ReferencedBy(Assembly assembly)
    {
        var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key.StartsWith(KeyPrefix, StringComparison.Ordinal))
            .GroupBy(attribute => attribute.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);
        var folder = AssemblyFolder(assembly);
        return metadata.Keys
            .Where(key => key.EndsWith(PathSuffix, StringComparison.Ordinal) && key.Length > KeyPrefix.Length + PathSuffix.Length)
            .Select(key => key[KeyPrefix.Length..^PathSuffix.Length])
            .Select(name => new IacModuleReference(
                name,
                System.IO.Path.GetFullPath(metadata[KeyPrefix + name + PathSuffix] ?? string.Empty, folder).TrimEnd('/', '\\'),
                Value(metadata, name, "Kind") ?? "files",
                Value(metadata, name, "PackageId"),
                Value(metadata, name, "Version")))
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Value(Dictionary<string, string?> metadata, string name, string field) =>
        metadata.TryGetValue($"{KeyPrefix}{name}.{field}", out var value) && !string.IsNullOrEmpty(value) ? value : null;

    // An assembly without a file (single-file apps, emitted assemblies) is taken to sit in the app's folder.
    private static string AssemblyFolder(Assembly assembly) =>
        assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) ? AppContext.BaseDirectory : System.IO.Path.GetDirectoryName(assembly.Location)!;

    private static IReadOnlyList<IacModuleReference> Merge(IEnumerable<IacModuleReference> modules)
    {
        var byName = new Dictionary<string, IacModuleReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (byName.TryGetValue(module.Name, out var seen) && seen.Path != module.Path)
            {
                // A test assembly and a library it loads may both reference the module; only different copies clash.
                throw new InvalidOperationException($"Two loaded assemblies reference different modules named '{module.Name}': {seen.Path} and {module.Path}.");
            }

            byName[module.Name] = module;
        }

        return byName.Values.OrderBy(module => module.Name, StringComparer.Ordinal).ToList();
    }
}
