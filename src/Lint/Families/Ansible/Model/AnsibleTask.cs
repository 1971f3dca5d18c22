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
    public Dictionary<string, TaskArgument> Arguments { get; } = new(StringComparer.Ordinal);

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
    public string? ArgumentText(string name) => Arguments.TryGetValue(name, out var argument) ? argument.Text : null;

    /// <summary>The command line of <c>command</c>/<c>shell</c>: <c>cmd</c> or the raw parameter.</summary>
    public string? CommandLine => ArgumentText("cmd") ?? RawParams;

    /// <summary>The keys of the task, in order, that are strings.</summary>
    public IEnumerable<string> Keys => Pairs.Select(p => p.KeyText).OfType<string>();
}

/// <summary>A module argument: its node when written as YAML, its text when a scalar or free form.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Node">The YAML value, or null for free-form arguments.</param>
/// <param name="Text">The scalar text, or null for lists and mappings.</param>
/// <param name="Line">The line the argument is on.</param>
internal sealed record TaskArgument(string Name, YNode? Node, string? Text, int Line);
