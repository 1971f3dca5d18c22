using IacTest.Harness.Modules;

namespace IacTest.Harness.Compose;

/// <summary>
/// A Compose file loaded the way <c>docker compose config</c> reads it: the <c>.env</c> file beside it, variables
/// interpolated in every value (the given environment wins over <c>.env</c>), then services, networks and
/// volumes. Interpolation errors and unset variables are positioned at the value that uses them.
/// </summary>
public sealed class ComposeProject
{
    private ComposeProject(string path) => Path = path;

    /// <summary>The Compose file (full path).</summary>
    public string Path { get; }

    /// <summary>The project name: <c>name:</c>, else the folder name lower-cased.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The whole file after interpolation.</summary>
    public ModuleNode? Root { get; private set; }

    /// <summary>The variables read from the <c>.env</c> file (empty when there is none).</summary>
    public IReadOnlyDictionary<string, string> DotEnv { get; private set; } = new Dictionary<string, string>();

    /// <summary>Services by name, in file order.</summary>
    public IReadOnlyDictionary<string, ComposeService> Services { get; private set; } = new Dictionary<string, ComposeService>();

    /// <summary>Names under top-level <c>networks</c>.</summary>
    public IReadOnlyList<string> Networks { get; private set; } = [];

    /// <summary>Names under top-level <c>volumes</c>.</summary>
    public IReadOnlyList<string> Volumes { get; private set; } = [];

    /// <summary>Errors: bad YAML, <c>${VAR:?…}</c> without a value, bad interpolation syntax.</summary>
    public IReadOnlyList<ModuleDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Warnings: variables used without a value (Compose substitutes an empty string).</summary>
    public IReadOnlyList<ModuleDiagnostic> Warnings { get; private set; } = [];

    /// <summary>The service named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none; the message lists the services.</exception>
    public ComposeService Service(string name) =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new KeyNotFoundException($"No service '{name}' in {Path}. Services: {string.Join(", ", Services.Keys)}.");

    /// <summary>Loads a Compose file.</summary>
    /// <param name="path">The Compose file.</param>
    /// <param name="environment">The shell environment to interpolate with (wins over <c>.env</c>); none when null.</param>
    /// <param name="envFile">The env file, relative to the Compose file's folder (Compose's default: <c>.env</c>).</param>
    /// <exception cref="FileNotFoundException">When the Compose file does not exist.</exception>
    public static ComposeProject Load(string path, IReadOnlyDictionary<string, string>? environment = null, string envFile = ".env")
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The Compose file '{full}' does not exist.", full);
        }

        var project = new ComposeProject(full);
        var diagnostics = new List<ModuleDiagnostic>();
        var warnings = new List<ModuleDiagnostic>();
        var shell = environment ?? new Dictionary<string, string>();
        var envPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, envFile);
        if (File.Exists(envPath))
        {
            var errors = new List<(int Line, string Message)>();
            project.DotEnv = DotEnvFile.Parse(File.ReadAllText(envPath), name => shell.GetValueOrDefault(name), errors);
            diagnostics.AddRange(errors.Select(error => new ModuleDiagnostic(new SourceLocation(envPath, error.Line, 1), error.Message)));
        }

        string? Lookup(string name) => shell.TryGetValue(name, out var value) ? value : project.DotEnv.GetValueOrDefault(name);

        var raw = YamlFileLoader.LoadSingle(full, diagnostics);
        project.Root = raw?.MapScalars(scalar =>
        {
            var result = ComposeInterpolation.Interpolate(scalar.Text ?? string.Empty, Lookup);
            foreach (var name in result.Unset.Distinct())
            {
                warnings.Add(new ModuleDiagnostic(scalar.Location, $"the \"{name}\" variable is not set; it defaults to a blank string"));
            }

            if (result.Error is not null)
            {
                diagnostics.Add(new ModuleDiagnostic(scalar.Location, result.Error));
                return scalar.Text ?? string.Empty;
            }

            return result.Value!;
        });

        project.Name = project.Root?.GetText("name") ?? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(full)!).ToLowerInvariant();
        project.Services = project.Root?["services"] is { Kind: ModuleNodeKind.Mapping } services
            ? services.Entries.Where(e => e.Value.Kind == ModuleNodeKind.Mapping).ToDictionary(e => e.Key, e => ServiceOf(e), StringComparer.Ordinal)
            : new Dictionary<string, ComposeService>();
        project.Networks = project.Root?["networks"]?.Keys.ToList() ?? [];
        project.Volumes = project.Root?["volumes"]?.Keys.ToList() ?? [];
        project.Diagnostics = diagnostics;
        project.Warnings = warnings;
        return project;
    }

    private static ComposeService ServiceOf(ModuleEntry service)
    {
        var node = service.Value;
        return new ComposeService
        {
            Name = service.Key,
            Image = node.GetText("image"),
            Environment = EnvironmentOf(node["environment"]),
            Ports = ShortForms(node["ports"], entry => $"{entry.GetText("published")}:{entry.GetText("target")}{(entry.GetText("protocol") is { } p ? "/" + p : string.Empty)}"),
            Volumes = ShortForms(node["volumes"], entry => $"{entry.GetText("source")}:{entry.GetText("target")}"),
            DependsOn = node["depends_on"] switch
            {
                { Kind: ModuleNodeKind.Sequence } list => list.Items.Select(item => item.Text ?? string.Empty).ToList(),
                { Kind: ModuleNodeKind.Mapping } map => map.Keys.ToList(),
                _ => [],
            },
            Node = node,
            Location = service.KeyLocation,
        };
    }

    private static Dictionary<string, string?> EnvironmentOf(ModuleNode? node)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (node is { Kind: ModuleNodeKind.Mapping })
        {
            foreach (var (key, _, value) in node.Entries)
            {
                result[key] = value.IsNull ? null : value.Text;
            }
        }
        else if (node is { Kind: ModuleNodeKind.Sequence })
        {
            foreach (var text in node.Items.Select(item => item.Text ?? string.Empty))
            {
                var equals = text.IndexOf('=', StringComparison.Ordinal);
                result[equals < 0 ? text : text[..equals]] = equals < 0 ? null : text[(equals + 1)..];
            }
        }

        return result;
    }

    private static List<string> ShortForms(ModuleNode? node, Func<ModuleNode, string> longForm) =>
        node is { Kind: ModuleNodeKind.Sequence }
            ? node.Items.Select(item => item.Kind == ModuleNodeKind.Mapping ? longForm(item) : item.Text ?? string.Empty).ToList()
            : [];
}
