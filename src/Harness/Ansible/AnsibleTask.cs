using IacTest.Harness.Modules;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Ansible;

/// <summary>
/// One task of a tasks file, handler list or play: its name, module, arguments, tags and where it is written. A loaded
/// task is read by the lint engine's task model (<see cref="Lint.Families.Ansible.Model.AnsibleTaskReader"/>), so its
/// module, arguments and keywords are what the linter reports on.
/// A block keeps its children in <see cref="Block"/>, <see cref="Rescue"/> and <see cref="Always"/>; a static
/// <c>include_tasks</c>/<c>import_tasks</c> keeps the tasks of the file it names in <see cref="Included"/>.
/// </summary>
public sealed class AnsibleTask
{
    /// <summary>The task's <c>name</c>, or null when it has none.</summary>
    public string? Name { get; init; }

    /// <summary>The module (action) as written, e.g. <c>ansible.builtin.apt</c>; <c>block</c> for a block.</summary>
    public required string Action { get; init; }

    /// <summary>The module's arguments (a mapping, or a scalar for the <c>k=v</c> form), or null.</summary>
    public ModuleNode? Arguments { get; init; }

    /// <summary>The whole task mapping.</summary>
    public required ModuleNode Node { get; init; }

    /// <summary>Where the task starts.</summary>
    public SourceLocation Location => Node.Location;

    /// <summary>The task's own tags (a block's tags are not copied down).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The <c>when</c> condition(s) as written, joined with <c> and </c>, or null.</summary>
    public string? When { get; init; }

    /// <summary>Handlers notified by the task.</summary>
    public IReadOnlyList<string> Notify { get; init; } = [];

    /// <summary>The value of the task's <c>loop</c> (or <c>with_*</c>), or null.</summary>
    public ModuleNode? Loop { get; init; }

    /// <summary><c>become</c> when written as a YAML boolean; null when absent or decided by a template at run time.</summary>
    public bool? Become { get; init; }

    /// <summary>The tasks of a block.</summary>
    public IReadOnlyList<AnsibleTask> Block { get; init; } = [];

    /// <summary>The <c>rescue</c> tasks of a block.</summary>
    public IReadOnlyList<AnsibleTask> Rescue { get; init; } = [];

    /// <summary>The <c>always</c> tasks of a block.</summary>
    public IReadOnlyList<AnsibleTask> Always { get; init; } = [];

    /// <summary>For an include/import of a tasks file: the file it names, as written.</summary>
    public string? IncludeFile { get; init; }

    /// <summary>For an include/import whose file could be resolved: the tasks of that file.</summary>
    public IReadOnlyList<AnsibleTask> Included { get; init; } = [];

    /// <summary>Whether this is a block.</summary>
    public bool IsBlock => Action == "block";

    /// <summary>The module name without its collection (<c>ansible.builtin.apt</c> → <c>apt</c>).</summary>
    public string ShortAction => Action[(Action.LastIndexOf('.') + 1)..];

    /// <summary>
    /// The text of an argument (<c>task.Argument("name")</c>), or null: as ansible-core passes it to the module, from
    /// the module's mapping, its <c>k=v</c> free form and <c>args:</c> alike; <c>_raw_params</c> is the free-form
    /// text that is not <c>k=v</c> (the command line of <c>command: ls -l</c>).
    /// </summary>
    public string? Argument(string key)
    {
        if (Definition is not { } definition)
        {
            return Arguments?.GetText(key);
        }

        if (definition.Arguments.TryGetValue(key, out var argument))
        {
            return argument.Node is YScalar { IsNull: true } ? null : argument.Text;
        }

        return key == RawParameters ? definition.RawParams : null;
    }

    // ansible-core's name for the words of a free-form action that are not k=v.
    private const string RawParameters = "_raw_params";

    /// <summary>The lint engine's reading of a loaded task (null for a task a test built itself).</summary>
    internal Lint.Families.Ansible.Model.AnsibleTask? Definition { get; init; }

    /// <summary>This task and every task below it (block parts and included files), depth first.</summary>
    public IEnumerable<AnsibleTask> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Block.Concat(Rescue).Concat(Always).Concat(Included))
        {
            foreach (var task in child.SelfAndDescendants())
            {
                yield return task;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name ?? Action} ({Location})";
}
