using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IacTest.Sdk.Tasks.Modules;

/// <summary>
/// Turns the project's <c>IacModule</c> items into package content: each module's files under
/// <c>iac/modules/&lt;name&gt;/</c> and a <c>buildTransitive/&lt;PackageId&gt;.props</c> that declares them to consumers.
/// </summary>
public sealed class PackIacModulesTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The folder inside a package that holds its modules.</summary>
    public const string ModulesPackageFolder = "iac/modules";

    /// <summary>The <c>IacModule</c> items: a folder each, with optional <c>Name</c>, <c>Kind</c> and <c>PackExclude</c> metadata.</summary>
    [Required]
    public ITaskItem[] Modules { get; set; } = [];

    /// <summary>The project folder: module folders are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The package's id.</summary>
    [Required]
    public string PackageId { get; set; } = string.Empty;

    /// <summary>The package's version.</summary>
    [Required]
    public string PackageVersion { get; set; } = string.Empty;

    /// <summary>Where to write the props file (under <c>obj/</c>) before it is packed.</summary>
    [Required]
    public string PropsFile { get; set; } = string.Empty;

    /// <summary>Globs, relative to each module folder, to leave out of every module (<c>IacModulePackExcludes</c>).</summary>
    public string? Excludes { get; set; }

    /// <summary>The files to pack, each with its <c>PackagePath</c>.</summary>
    [Output]
    public ITaskItem[] PackageFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var packed = new List<PackedModule>();
        var files = new List<ITaskItem>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in Modules)
        {
            var folder = Path.GetFullPath(module.ItemSpec, ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var definedIn = module.GetMetadata("DefiningProjectFullPath");
            if (!Directory.Exists(folder))
            {
                Log.LogError(null, "IAC0010", null, definedIn, 0, 0, 0, 0, $"IacModule '{module.ItemSpec}' is not a folder ({folder} does not exist).");
                continue;
            }

            var name = NonEmpty(module.GetMetadata("Name")) ?? Path.GetFileName(folder);
            if (name.IndexOfAny(['/', '\\', ';']) >= 0 || name is "." or "..")
            {
                Log.LogError(null, "IAC0011", null, definedIn, 0, 0, 0, 0, $"IacModule '{module.ItemSpec}': Name '{name}' must be a single folder name.");
                continue;
            }

            var kind = NonEmpty(module.GetMetadata("Kind")) ?? ModuleKind.Infer(folder);
            if (!ModuleKind.IsKnown(kind))
            {
                Log.LogError(null, "IAC0011", null, definedIn, 0, 0, 0, 0,
                    $"IacModule '{module.ItemSpec}': Kind '{kind}' is not one of {string.Join(", ", ModuleKind.All)}.");
                continue;
            }

            if (names.TryGetValue(name, out var other))
            {
                Log.LogError(null, "IAC0012", null, definedIn, 0, 0, 0, 0,
                    $"IacModule '{module.ItemSpec}' and '{other}' are both named '{name}'; give one another Name.");
                continue;
            }

            names[name] = module.ItemSpec;
            var packagePath = $"{ModulesPackageFolder}/{name}";
            var selection = new ModuleFileSelection(Split(Excludes).Concat(Split(module.GetMetadata("PackExclude"))));
            foreach (var relative in selection.Select(folder))
            {
                var item = new TaskItem(Path.Combine(folder, relative));
                // A folder, not a file path: NuGet would take an extension-less file name for a folder.
                var relativeFolder = Path.GetDirectoryName(relative)?.Replace('\\', '/');
                item.SetMetadata("PackagePath", string.IsNullOrEmpty(relativeFolder) ? $"{packagePath}/" : $"{packagePath}/{relativeFolder}/");
                files.Add(item);
            }

            packed.Add(new PackedModule(name, kind, packagePath));
            Log.LogMessage(MessageImportance.Normal, $"IacTest module: {name} ({kind}) from {folder} → {packagePath}/");
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var propsPath = Path.GetFullPath(PropsFile, ProjectDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(propsPath)!);
        File.WriteAllText(propsPath, ModulePackageProps.Render(PackageId, PackageVersion, packed));
        var props = new TaskItem(propsPath);
        props.SetMetadata("PackagePath", ModulePackageProps.PackageFolder);
        files.Add(props);
        PackageFiles = [.. files];
        return true;
    }

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
