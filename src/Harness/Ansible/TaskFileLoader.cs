using IacTest.Harness.Modules;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Yaml;
using LintAnsibleTask = IacTest.Lint.Families.Ansible.Model.AnsibleTask;

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

    /// <summary>
    /// Loads a sequence node of tasks written in a file of <paramref name="folder"/>. The lint engine's task reader
    /// resolves every task (action, arguments, keywords, block sections), so a test sees a task as the linter does.
    /// </summary>
    public IReadOnlyList<AnsibleTask> LoadList(ModuleNode list, string folder)
    {
        if (list.IsNull)
        {
            return [];
        }

        var problems = new List<AnsibleProblem>();
        var tasks = AnsibleTaskReader.Read(list.Source, TaskSection.Tasks, problems);
        foreach (var problem in problems)
        {
            diagnostics.Add(new ModuleDiagnostic(new SourceLocation(list.Location.File, problem.Position.Line, problem.Position.Column), problem.Message));
        }

        // A node the list's tree does not hold (one a merge key brought in) is converted on its own.
        var converted = ConvertedNodes(list);
        ModuleNode NodeOf(YNode node)
        {
            node = Resolve(node);
            return converted.TryGetValue(node, out var done) ? done : converted[node] = ModuleNode.From(node, list.Location.File);
        }

        return tasks.Select(task => Convert(task, NodeOf, folder)).ToList();
    }

    private AnsibleTask Convert(LintAnsibleTask task, Func<YNode, ModuleNode> nodeOf, string folder)
    {
        var node = nodeOf(task.Node);
        if (task.ActionProblem is { } problem)
        {
            diagnostics.Add(new ModuleDiagnostic(node.Location, problem));
        }

        var action = task.IsBlock ? "block" : task.Action;
        var arguments = ArgumentsAsWritten(task, nodeOf);
        var includeFile = action is not null && TaskKeywords.TaskIncludes.Contains(action)
            ? task.ArgumentText("file") ?? task.ArgumentText("_raw_params") ?? task.RawParams
            : null;
        return new AnsibleTask
        {
            Name = task.Name,
            Action = action ?? "(none)",
            Arguments = arguments,
            Node = node,
            Tags = task.Tags,
            When = task.Conditions.Count == 0 ? null : string.Join(" and ", task.Conditions),
            Notify = task.Notify,
            Loop = task.Loop is { } loop ? nodeOf(loop) : null,
            Become = task.Become,
            Block = task.Block.Select(child => Convert(child, nodeOf, folder)).ToList(),
            Rescue = task.Rescue.Select(child => Convert(child, nodeOf, folder)).ToList(),
            Always = task.Always.Select(child => Convert(child, nodeOf, folder)).ToList(),
            IncludeFile = includeFile,
            Included = includeFile is null ? [] : Follow(includeFile, arguments?.Location ?? node.Location, folder),
            Definition = task,
        };
    }

    // The module's value as written; its own k=v text for "action: module k=v"; args: when the module has no value.
    private static ModuleNode? ArgumentsAsWritten(LintAnsibleTask task, Func<YNode, ModuleNode> nodeOf)
    {
        if (task.ActionPair is not { } pair)
        {
            return null;
        }

        var args = task["args"] is { } argsNode ? nodeOf(argsNode) : null;
        var value = Resolve(pair.Value);
        if (pair.KeyText is "action" or "local_action" && value is YScalar { Value: var text })
        {
            var words = text.TrimStart();
            var space = words.IndexOfAny([' ', '\t', '\n']);
            return args ?? ModuleNode.Scalar(space < 0 ? string.Empty : words[(space + 1)..], nodeOf(value).Location);
        }

        var written = nodeOf(value);
        return written.IsNull ? args : written;
    }

    private static YNode Resolve(YNode node) => node is YAlias { Target: { } target } ? target : node;

    // The converted node of every lint node under the list, so a task keeps the node a test asserts on.
    private static Dictionary<YNode, ModuleNode> ConvertedNodes(ModuleNode list)
    {
        var nodes = new Dictionary<YNode, ModuleNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ModuleNode>([list]);
        while (pending.TryPop(out var node))
        {
            if (node.Source is null || !nodes.TryAdd(node.Source, node))
            {
                continue;
            }

            foreach (var child in node.Items.Concat(node.Entries.Select(entry => entry.Value)))
            {
                pending.Push(child);
            }
        }

        return nodes;
    }

    private IReadOnlyList<AnsibleTask> Follow(string file, SourceLocation location, string folder)
    {
        if (file.Contains("{{", StringComparison.Ordinal))
        {
            return [];
        }

        var candidates = new[] { Path.Combine(folder, file), fallbackFolder is null ? null : Path.Combine(fallbackFolder, file) };
        var found = candidates.FirstOrDefault(candidate => candidate is not null && File.Exists(candidate));
        if (found is null)
        {
            diagnostics.Add(new ModuleDiagnostic(location, $"the included tasks file '{file}' does not exist"));
            return [];
        }

        if (including.Contains(Path.GetFullPath(found)))
        {
            diagnostics.Add(new ModuleDiagnostic(location, $"'{file}' includes itself (directly or through other files)"));
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
