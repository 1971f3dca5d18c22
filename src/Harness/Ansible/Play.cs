using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>One play of a playbook (or an <c>import_playbook</c> entry).</summary>
public sealed class Play
{
    /// <summary>The play's name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The <c>hosts</c> pattern as written, or null (an import has none).</summary>
    public string? Hosts { get; init; }

    /// <summary>For an <c>import_playbook</c> entry: the playbook it imports.</summary>
    public string? ImportPlaybook { get; init; }

    /// <summary>The play's <c>vars</c> mapping, or null.</summary>
    public ModuleNode? Vars { get; init; }

    /// <summary>The roles the play applies, in order.</summary>
    public IReadOnlyList<PlayRole> Roles { get; init; } = [];

    /// <summary><c>pre_tasks</c>.</summary>
    public IReadOnlyList<AnsibleTask> PreTasks { get; init; } = [];

    /// <summary><c>tasks</c>.</summary>
    public IReadOnlyList<AnsibleTask> Tasks { get; init; } = [];

    /// <summary><c>post_tasks</c>.</summary>
    public IReadOnlyList<AnsibleTask> PostTasks { get; init; } = [];

    /// <summary><c>handlers</c>.</summary>
    public IReadOnlyList<AnsibleTask> Handlers { get; init; } = [];

    /// <summary>The play mapping as written.</summary>
    public required ModuleNode Node { get; init; }

    /// <summary>Where the play starts.</summary>
    public SourceLocation Location => Node.Location;
}
