using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IacTest.Sdk.Tasks.Modules;

/// <summary>
/// Checks the <c>IacModuleReference</c> items a test project received from module packages (or declared itself)
/// and lists their files, so the build can copy them beside the test assembly and lint them if asked to.
/// </summary>
public sealed class ResolveIacModuleReferencesTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>IacModuleReference</c> items: the module name, with <c>Path</c>, and from packages <c>Kind</c>, <c>PackageId</c>, <c>Version</c>.</summary>
    public ITaskItem[] References { get; set; } = [];

    /// <summary>The project folder: a relative <c>Path</c> is relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The folder, relative to the output folder, that receives one sub-folder per module.</summary>
    [Required]
    public string OutputFolder { get; set; } = string.Empty;

    /// <summary>The references, checked, with <c>FullPath</c> set to the module folder and <c>OutputPath</c> to its copy.</summary>
    [Output]
    public ITaskItem[] ResolvedReferences { get; private set; } = [];

    /// <summary>Every file of every module, with <c>ModuleName</c> and <c>OutputRelativePath</c>.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var resolved = new List<ITaskItem>();
        var files = new List<ITaskItem>();
        var byName = new Dictionary<string, ITaskItem>(StringComparer.OrdinalIgnoreCase);
        var outputFolder = OutputFolder.Replace('\\', '/').TrimEnd('/');
        foreach (var reference in References)
        {
            var name = reference.ItemSpec;
            var definedIn = reference.GetMetadata("DefiningProjectFullPath");
            var path = reference.GetMetadata("Path");
            var folder = string.IsNullOrWhiteSpace(path) ? string.Empty : Path.GetFullPath(path, ProjectDirectory).TrimEnd('/', '\\');
            if (!Directory.Exists(folder))
            {
                Log.LogError(null, "IAC0013", null, definedIn, 0, 0, 0, 0,
                    $"IacModuleReference '{name}'{From(reference)}: its Path '{path}' is not a folder.");
                continue;
            }

            if (byName.TryGetValue(name, out var first))
            {
                Log.LogError(null, "IAC0014", null, definedIn, 0, 0, 0, 0,
                    $"Two modules are named '{name}':{From(first)} and{From(reference)}. Reference only one of them.");
                continue;
            }

            var outputPath = $"{outputFolder}/{name}";
            var item = new TaskItem(reference);
            item.SetMetadata("ModuleFolder", folder + Path.DirectorySeparatorChar);
            item.SetMetadata("OutputPath", outputPath);
            byName[name] = item;
            resolved.Add(item);
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var fileItem = new TaskItem(file);
                fileItem.SetMetadata("ModuleName", name);
                fileItem.SetMetadata("OutputRelativePath", $"{outputPath}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}");
                files.Add(fileItem);
            }
        }

        ResolvedReferences = [.. resolved];
        Files = [.. files];
        return !Log.HasLoggedErrors;
    }

    private static string From(ITaskItem reference) =>
        reference.GetMetadata("PackageId") is { Length: > 0 } package
            ? $" (package {package} {reference.GetMetadata("Version")})"
            : $" (declared in {reference.GetMetadata("DefiningProjectFullPath")})";
}
