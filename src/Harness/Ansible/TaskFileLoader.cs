using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// Reads task lists: tasks files, handlers, a play's tasks. Static includes and imports are followed (relative
/// to the including file, then to the fallback folder, as Ansible looks them up); a templated file name is kept
/// as written and not followed. Problems become diagnostics, never exceptions.
/// </summary>
internal sealed class TaskFileLoader(ICollection<ModuleDiagnostic> diagnostics, string? fallbackFolder)
{
    private readonly Stack<string> including = new();

    /// <summary>Loads the tasks of a file.</summary>
    public IReadOnlyList<AnsibleTask> LoadFile(string path)
    {
        var full = Path.GetFullPath(path);
        including.Push(full);
        try
        {
            var root = YamlFileLoader.LoadSingle(full, diagnostics);
            return root is null ? [] : LoadList(root, Path.GetDirectoryName(full)!);
        }
        finally
        {
            including.Pop();
        }
    }

    /// <summary>Loads a sequence node of tasks written in a file of <paramref name="folder"/>.</summary>
    public IReadOnlyList<AnsibleTask> LoadList(ModuleNode list, string folder)
    {
        if (list.IsNull)
        {
            return [];
        }

        if (list.Kind != ModuleNodeKind.Sequence)
        {
            diagnostics.Add(new ModuleDiagnostic(list.Location, "a task list must be a sequence"));
            return [];
        }

        var tasks = new List<AnsibleTask>();
        foreach (var item in list.Items)
        {
            if (item.Kind != ModuleNodeKind.Mapping)
            {
                diagnostics.Add(new ModuleDiagnostic(item.Location, "a task must be a mapping"));
                continue;
            }

            tasks.Add(LoadTask(item, folder));
        }

        return tasks;
    }

    private AnsibleTask LoadTask(ModuleNode node, string folder)
    {
        var action = ActionOf(node, out var arguments);
        var includeFile = action is not null && TaskKeywords.TaskIncludes.Contains(action) ? IncludeTarget(arguments) : null;
        return new AnsibleTask
        {
            Name = node.GetText("name"),
            Action = action ?? "(none)",
            Arguments = arguments,
            Node = node,
            Tags = Strings(node["tags"]),
            When = node["when"] is { IsNull: false } when ? string.Join(" and ", Strings(when, splitCommas: false)) : null,
            Notify = Strings(node["notify"], splitCommas: false),
            Block = node["block"] is { } block ? LoadList(block, folder) : [],
            Rescue = node["rescue"] is { } rescue ? LoadList(rescue, folder) : [],
            Always = node["always"] is { } always ? LoadList(always, folder) : [],
            IncludeFile = includeFile,
            Included = includeFile is null ? [] : Follow(includeFile, arguments!, folder),
        };
    }

    private string? ActionOf(ModuleNode task, out ModuleNode? arguments)
    {
        arguments = null;
        if (task.ContainsKey("block"))
        {
            return "block";
        }

        foreach (var entry in task.Entries)
        {
            if (entry.Key is "action" or "local_action" && entry.Value.Kind == ModuleNodeKind.Scalar)
            {
                // "action: module k=v": the module is the first word.
                var text = entry.Value.Text ?? string.Empty;
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                arguments = task["args"] ?? ModuleNode.Scalar(space < 0 ? string.Empty : text[(space + 1)..], entry.Value.Location);
                return space < 0 ? text : text[..space];
            }

            if (entry.Key is "action" or "local_action" && entry.Value.Kind == ModuleNodeKind.Mapping)
            {
                arguments = entry.Value;
                return entry.Value.GetText("module");
            }

            if (!TaskKeywords.IsKeyword(entry.Key))
            {
                arguments = entry.Value.IsNull ? task["args"] : entry.Value;
                return entry.Key;
            }
        }

        diagnostics.Add(new ModuleDiagnostic(task.Location, "the task names no module"));
        return null;
    }

    private static string? IncludeTarget(ModuleNode? arguments) => arguments switch
    {
        { Kind: ModuleNodeKind.Scalar } => arguments.Text,
        { Kind: ModuleNodeKind.Mapping } => arguments.GetText("file") ?? arguments.GetText("_raw_params"),
        _ => null,
    };

    private IReadOnlyList<AnsibleTask> Follow(string file, ModuleNode arguments, string folder)
    {
        if (file.Contains("{{", StringComparison.Ordinal))
        {
            return [];
        }

        var candidates = new[] { Path.Combine(folder, file), fallbackFolder is null ? null : Path.Combine(fallbackFolder, file) };
        var found = candidates.FirstOrDefault(candidate => candidate is not null && File.Exists(candidate));
        if (found is null)
        {
            diagnostics.Add(new ModuleDiagnostic(arguments.Location, $"the included tasks file '{file}' does not exist"));
            return [];
        }

        if (including.Contains(Path.GetFullPath(found)))
        {
            diagnostics.Add(new ModuleDiagnostic(arguments.Location, $"'{file}' includes itself (directly or through other files)"));
            return [];
        }

        return LoadFile(found);
    }

    /// <summary>A scalar or a sequence of scalars as strings; a scalar of tags is split on commas as Ansible does.</summary>
    internal static IReadOnlyList<string> Strings(ModuleNode? node, bool splitCommas = true) => node switch
    {
        null => [],
        { IsNull: true } => [],
        { Kind: ModuleNodeKind.Sequence } => node.Items.Where(item => item.Kind == ModuleNodeKind.Scalar).Select(item => item.Text!).ToList(),
        { Kind: ModuleNodeKind.Scalar } when splitCommas => node.Text!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        { Kind: ModuleNodeKind.Scalar } => [node.Text!],
        _ => [],
    };
}
