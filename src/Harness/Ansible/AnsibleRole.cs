using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// An Ansible role loaded from its folder: defaults, vars, tasks (static includes and imports followed),
/// handlers, templates, files, meta and argument specs. Every node keeps its file and line; loading never throws
/// on bad content — problems are in <see cref="Diagnostics"/>.
/// </summary>
public sealed class AnsibleRole
{
    private AnsibleRole(string directory)
    {
        Directory = directory;
        Name = Path.GetFileName(directory);
    }

    /// <summary>The role name (its folder name).</summary>
    public string Name { get; }

    /// <summary>The role folder (full path).</summary>
    public string Directory { get; }

    /// <summary><c>defaults/main.yml</c> (or <c>defaults/main/*.yml</c>) by variable name; a later file wins.</summary>
    public IReadOnlyDictionary<string, RoleVariable> Defaults { get; private set; } = new Dictionary<string, RoleVariable>();

    /// <summary><c>vars/main.yml</c> (or <c>vars/main/*.yml</c>) by variable name.</summary>
    public IReadOnlyDictionary<string, RoleVariable> Vars { get; private set; } = new Dictionary<string, RoleVariable>();

    /// <summary>The variable files read for defaults, in load order.</summary>
    public IReadOnlyList<string> DefaultsFiles { get; private set; } = [];

    /// <summary>The variable files read for vars, in load order.</summary>
    public IReadOnlyList<string> VarsFiles { get; private set; } = [];

    /// <summary>The tasks of <c>tasks/main.yml</c> in order (blocks and includes hold their children).</summary>
    public IReadOnlyList<AnsibleTask> Tasks { get; private set; } = [];

    /// <summary>Every task, blocks and included files flattened, depth first.</summary>
    public IEnumerable<AnsibleTask> AllTasks => Tasks.SelectMany(task => task.SelfAndDescendants());

    /// <summary>The handlers of <c>handlers/main.yml</c>.</summary>
    public IReadOnlyList<AnsibleTask> Handlers { get; private set; } = [];

    /// <summary>Files under <c>templates/</c>, sorted by relative path.</summary>
    public IReadOnlyList<RoleFile> Templates { get; private set; } = [];

    /// <summary>Files under <c>files/</c>, sorted by relative path.</summary>
    public IReadOnlyList<RoleFile> Files { get; private set; } = [];

    /// <summary>The root of <c>meta/main.yml</c>, or null.</summary>
    public ModuleNode? Meta { get; private set; }

    /// <summary>The role names listed under <c>dependencies</c> in <c>meta/main.yml</c>.</summary>
    public IReadOnlyList<string> Dependencies { get; private set; } = [];

    /// <summary>Argument-spec entry points (from <c>meta/argument_specs.yml</c>, else <c>meta/main.yml</c>).</summary>
    public IReadOnlyDictionary<string, ArgumentEntryPoint> ArgumentSpecs { get; private set; } = new Dictionary<string, ArgumentEntryPoint>();

    /// <summary>Problems met while loading, with positions.</summary>
    public IReadOnlyList<ModuleDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Loads the role in <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    public static AnsibleRole Load(string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!System.IO.Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The role folder '{full}' does not exist.");
        }

        var diagnostics = new List<ModuleDiagnostic>();
        var role = new AnsibleRole(full);
        (role.Defaults, role.DefaultsFiles) = LoadVariables(Path.Combine(full, "defaults"), diagnostics);
        (role.Vars, role.VarsFiles) = LoadVariables(Path.Combine(full, "vars"), diagnostics);
        var tasksFolder = Path.Combine(full, "tasks");
        var loader = new TaskFileLoader(diagnostics, tasksFolder);
        role.Tasks = MainFile(tasksFolder) is { } tasksMain ? loader.LoadFile(tasksMain) : [];
        role.Handlers = MainFile(Path.Combine(full, "handlers")) is { } handlersMain ? loader.LoadFile(handlersMain) : [];
        role.Templates = FilesUnder(Path.Combine(full, "templates"));
        role.Files = FilesUnder(Path.Combine(full, "files"));
        role.Meta = MainFile(Path.Combine(full, "meta")) is { } metaMain ? YamlFileLoader.LoadSingle(metaMain, diagnostics) : null;
        role.Dependencies = role.Meta?["dependencies"] is { Kind: ModuleNodeKind.Sequence } dependencies
            ? dependencies.Items.Select(item => item.Kind == ModuleNodeKind.Scalar ? item.Text : item.GetText("role") ?? item.GetText("name"))
                .OfType<string>().ToList()
            : [];
        role.ArgumentSpecs = LoadArgumentSpecs(full, role.Meta, diagnostics);
        role.Diagnostics = diagnostics;
        return role;
    }

    /// <summary>
    /// Loads the Ansible role <paramref name="name"/> that the test project references through a module package
    /// (see <see cref="IacModules"/>): <c>AnsibleRole.LoadFromPackage("nginx")</c>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">When no referenced package holds a module of that name.</exception>
    /// <exception cref="InvalidOperationException">When the module is not an Ansible role.</exception>
    public static AnsibleRole LoadFromPackage(string name)
    {
        var module = IacModules.Get(name);
        return module.IsAnsibleRole
            ? Load(module.Path)
            : throw new InvalidOperationException($"The module '{module.Name}'{(module.PackageId is null ? string.Empty : $" of {module.PackageId}")} is a {module.Kind} module, not an Ansible role.");
    }

    /// <summary>The first task (anywhere, includes followed) whose name is <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">When no task has that name; the message lists the names there are.</exception>
    public AnsibleTask Task(string name) =>
        AllTasks.FirstOrDefault(task => task.Name == name)
        ?? throw new KeyNotFoundException($"Role '{Name}' has no task named '{name}'. Tasks: {string.Join(", ", AllTasks.Select(task => $"'{task.Name}'"))}.");

    /// <summary>The template at <paramref name="relativePath"/> (as a task's <c>src</c> names it).</summary>
    /// <exception cref="KeyNotFoundException">When the role has no such template.</exception>
    public RoleFile Template(string relativePath) =>
        Templates.FirstOrDefault(template => template.RelativePath == relativePath.Replace('\\', '/'))
        ?? throw new KeyNotFoundException($"Role '{Name}' has no template '{relativePath}'. Templates: {string.Join(", ", Templates.Select(t => t.RelativePath))}.");

    /// <summary>Defaults overlaid with vars (role vars win), as plain values.</summary>
    public Dictionary<string, object?> DefaultValues()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in Defaults.Values.Concat(Vars.Values))
        {
            values[variable.Name] = variable.PlainValue;
        }

        return values;
    }

    /// <summary>Whether the role has argument specs (<c>meta/argument_specs.yml</c> or <c>argument_specs</c> in <c>meta/main.yml</c>).</summary>
    public bool HasArgumentSpecs => ArgumentSpecs.Count > 0;

    /// <summary>
    /// Validates the role's defaults and vars, overlaid with <paramref name="variables"/>, against the argument
    /// specs of <paramref name="entryPoint"/>: empty when every value satisfies them. A role without specs gets one
    /// error saying so — nothing was validated, which is not the same as "no errors" (check
    /// <see cref="HasArgumentSpecs"/> first when specs are optional for a role).
    /// </summary>
    /// <exception cref="KeyNotFoundException">When the role has specs but not this entry point.</exception>
    public IReadOnlyList<ArgumentValidationError> ValidateArguments(IReadOnlyDictionary<string, object?>? variables = null, string entryPoint = "main")
    {
        if (!HasArgumentSpecs)
        {
            return [MissingArgumentSpecs.ErrorFor(this)];
        }

        if (!ArgumentSpecs.TryGetValue(entryPoint, out var spec))
        {
            throw new KeyNotFoundException($"Role '{Name}' has no argument_specs entry point '{entryPoint}' (it has: {string.Join(", ", ArgumentSpecs.Keys)}).");
        }

        var values = DefaultValues();
        var locations = Defaults.Values.Concat(Vars.Values).ToDictionary(v => v.Name, v => v.Location, StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            values[name] = value;
            locations.Remove(name);
        }

        return ArgumentSpecValidator.Validate(spec, values, locations);
    }

    private static (IReadOnlyDictionary<string, RoleVariable>, IReadOnlyList<string>) LoadVariables(string folder, List<ModuleDiagnostic> diagnostics)
    {
        var variables = new Dictionary<string, RoleVariable>(StringComparer.Ordinal);
        var files = new List<string>();
        if (MainFile(folder) is { } main)
        {
            files.Add(main);
        }
        else if (System.IO.Directory.Exists(Path.Combine(folder, "main")))
        {
            files.AddRange(System.IO.Directory.EnumerateFiles(Path.Combine(folder, "main"))
                .Where(file => file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        }

        foreach (var file in files)
        {
            var root = YamlFileLoader.LoadSingle(file, diagnostics);
            if (root is null || root.IsNull)
            {
                continue;
            }

            if (root.Kind != ModuleNodeKind.Mapping)
            {
                diagnostics.Add(new ModuleDiagnostic(root.Location, "a variables file must be a mapping"));
                continue;
            }

            foreach (var (name, keyLocation, value) in root.Entries)
            {
                variables[name] = new RoleVariable(name, value, keyLocation);
            }
        }

        return (variables, files);
    }

    private static IReadOnlyDictionary<string, ArgumentEntryPoint> LoadArgumentSpecs(string role, ModuleNode? meta, List<ModuleDiagnostic> diagnostics)
    {
        foreach (var name in new[] { "argument_specs.yml", "argument_specs.yaml" })
        {
            var file = Path.Combine(role, "meta", name);
            if (File.Exists(file))
            {
                var root = YamlFileLoader.LoadSingle(file, diagnostics);
                if (root?["argument_specs"] is { } specs)
                {
                    return ArgumentSpecReader.Read(specs, diagnostics);
                }

                diagnostics.Add(new ModuleDiagnostic(root?.Location ?? new SourceLocation(file, 1, 1), "the file has no 'argument_specs' key"));
                return new Dictionary<string, ArgumentEntryPoint>();
            }
        }

        return meta?["argument_specs"] is { } inMeta
            ? ArgumentSpecReader.Read(inMeta, diagnostics)
            : new Dictionary<string, ArgumentEntryPoint>();
    }

    private static string? MainFile(string folder) =>
        new[] { "main.yml", "main.yaml", "main" }.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static IReadOnlyList<RoleFile> FilesUnder(string folder) =>
        System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => new RoleFile(Path.GetRelativePath(folder, file).Replace('\\', '/'), file))
                .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
                .ToList()
            : [];
}
