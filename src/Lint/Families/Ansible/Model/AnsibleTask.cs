using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>Where a task sits: a play's <c>tasks</c>, a handler list, a block's sections, …</summary>
internal enum TaskSection
{
    /// <summary>A task (play <c>tasks</c>/<c>pre_tasks</c>/<c>post_tasks</c> or a task file).</summary>
    Tasks,

    /// <summary>A handler (play <c>handlers</c> or a handler file).</summary>
    Handlers,
}

/// <summary>
/// One task (or block) with its action resolved as ansible-core's module argument parser resolves it: the action key
/// (or <c>action:</c>/<c>local_action:</c>), module arguments from dict form, free form and <c>args:</c>.
/// </summary>
internal sealed class AnsibleTask
{
    internal AnsibleTask(YMapping node, TaskSection section, AnsibleTask? parent, int firstLine, int lastLine)
    {
        Node = node;
        Section = section;
        Parent = parent;
        FirstLine = firstLine;
        LastLine = lastLine;
    }

    /// <summary>The task's mapping.</summary>
    public YMapping Node { get; }

    /// <summary>Handler or task.</summary>
    public TaskSection Section { get; }

    /// <summary>The enclosing block, if any.</summary>
    public AnsibleTask? Parent { get; }

    /// <summary>The line ansible-lint reports the task at (the mapping's first key).</summary>
    public int Line => Node.Start.Line;

    /// <summary>First line of the task's text (for <c># noqa</c> anywhere inside it).</summary>
    public int FirstLine { get; }

    /// <summary>Last line of the task's text.</summary>
    public int LastLine { get; }

    /// <summary>Whether the task is a block (<c>block</c>/<c>rescue</c>/<c>always</c>).</summary>
    public bool IsBlock { get; internal set; }

    /// <summary>The action as written (<c>ansible.builtin.copy</c>, <c>copy</c>, <c>community.general.hg</c>), or null.</summary>
    public string? Action { get; internal set; }

    /// <summary>The action with <c>ansible.builtin.</c> removed, as ansible-lint normalises it.</summary>
    public string? Module { get; internal set; }

    /// <summary>The pair holding the action (the module key, or <c>action</c>/<c>local_action</c>).</summary>
    public YPair? ActionPair { get; internal set; }

    /// <summary>Whether the action was written in free form (a string of <c>k=v</c> and words).</summary>
    public bool IsFreeForm { get; internal set; }

    /// <summary>The module arguments by name; values from free form are plain strings.</summary>
    public Dictionary<string, TaskArgument> Arguments => _arguments ??= new(StringComparer.Ordinal);

    // Created on first write: most tasks of a long list have no named argument (a free-form command, a bare module),
    // and an empty dictionary per task was a tenth of a task list's model. Rules read through ArgumentsOrEmpty.
    private Dictionary<string, TaskArgument>? _arguments;

    private static readonly Dictionary<string, TaskArgument> NoArguments = new(StringComparer.Ordinal);

    /// <summary>The module arguments to read, without creating an empty dictionary for a task that has none.</summary>
    internal IReadOnlyDictionary<string, TaskArgument> ArgumentsOrEmpty => _arguments ?? NoArguments;

    /// <summary>The raw parameter of free-form modules (<c>command: ls -l</c>), or null.</summary>
    public string? RawParams { get; internal set; }

    /// <summary>Why the action could not be resolved (conflicting actions, no action), or null.</summary>
    public string? ActionProblem { get; internal set; }

    /// <summary>The task's pairs as Ansible loads them: merge keys (<c>&lt;&lt;: *defaults</c>) expanded in place.</summary>
    public IReadOnlyList<YPair> Pairs => _pairs ??= MergeKeys.HasMerge(Node) ? MergeKeys.Expand(Node) : Node.Pairs;

    private IReadOnlyList<YPair>? _pairs;

    /// <summary>The value of a task keyword (merged ones included), or null.</summary>
    public YNode? this[string keyword] => ReferenceEquals(Pairs, Node.Pairs) ? Node[keyword] : Find(keyword)?.Value;

    /// <summary>Whether the task sets a keyword (itself or through a merge key).</summary>
    public bool Has(string keyword) => ReferenceEquals(Pairs, Node.Pairs) ? Node.ContainsKey(keyword) : Find(keyword) is not null;

    private YPair? Find(string keyword)
    {
        foreach (var pair in Pairs)
        {
            if (pair.KeyText == keyword)
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>An argument's string value (scalar or free form), or null.</summary>
    public string? ArgumentText(string name) => ArgumentsOrEmpty.TryGetValue(name, out var argument) ? argument.Text : null;

    /// <summary>The command line of <c>command</c>/<c>shell</c>: <c>cmd</c> or the raw parameter.</summary>
    public string? CommandLine => ArgumentText("cmd") ?? RawParams;

    /// <summary>The keys of the task, in order, that are strings.</summary>
    public IEnumerable<string> Keys => Pairs.Select(p => p.KeyText).OfType<string>();

    /// <summary>The task's <c>name</c> when it is a scalar, or null.</summary>
    public string? Name => TaskKeywordValues.Resolve(this["name"]) is YScalar { IsNull: false } name ? name.Value : null;

    /// <summary>The task's own <c>tags</c>: a list's scalars, or a scalar split on commas as Ansible splits it.</summary>
    public IReadOnlyList<string> Tags => TaskKeywordValues.Strings(this["tags"], splitCommas: true);

    /// <summary>The <c>when</c> conditions as written: one per list item, or the one scalar.</summary>
    public IReadOnlyList<string> Conditions => TaskKeywordValues.Strings(this["when"], splitCommas: false);

    /// <summary>The handlers (or <c>listen</c> topics) the task notifies, as written.</summary>
    public IReadOnlyList<string> Notify => TaskKeywordValues.Strings(this["notify"], splitCommas: false);

    /// <summary>The loop keyword the task uses (<c>loop</c> or a <c>with_*</c> lookup), or null.</summary>
    public string? LoopKeyword => Keys.FirstOrDefault(key => key == "loop" || key.StartsWith("with_", StringComparison.Ordinal));

    /// <summary>The value of the loop keyword, or null.</summary>
    public YNode? Loop => LoopKeyword is { } keyword ? this[keyword] : null;

    /// <summary>
    /// <c>become</c> as YAML 1.1 reads a plain boolean (<c>true</c>, <c>yes</c>, <c>on</c>, …); null when absent or when
    /// only known at run time (a template).
    /// </summary>
    public bool? Become => TaskKeywordValues.Boolean(this["become"]);

    /// <summary>The tasks of a block's <c>block</c> section (empty for a task).</summary>
    public IReadOnlyList<AnsibleTask> Block { get; internal set; } = [];

    /// <summary>The tasks of a block's <c>rescue</c> section (empty for a task).</summary>
    public IReadOnlyList<AnsibleTask> Rescue { get; internal set; } = [];

    /// <summary>The tasks of a block's <c>always</c> section (empty for a task).</summary>
    public IReadOnlyList<AnsibleTask> Always { get; internal set; } = [];
}

/// <summary>A module argument: its node when written as YAML, its text when a scalar or free form.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Node">The YAML value, or null for free-form arguments.</param>
/// <param name="Text">The scalar text, or null for lists and mappings.</param>
/// <param name="Line">The line the argument is on.</param>
internal sealed record TaskArgument(string Name, YNode? Node, string? Text, int Line);
