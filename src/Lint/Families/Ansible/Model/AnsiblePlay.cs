using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>One play of a playbook (or an <c>import_playbook</c> entry).</summary>
internal sealed class AnsiblePlay
{
    internal AnsiblePlay(YMapping node)
    {
        Node = node;
    }

    /// <summary>The play's mapping.</summary>
    public YMapping Node { get; }

    /// <summary>The line ansible-lint reports the play at.</summary>
    public int Line => Node.Start.Line;

    /// <summary>Whether the entry imports a playbook rather than being a play.</summary>
    public bool IsImport => Node.ContainsKey("import_playbook") || Node.ContainsKey("ansible.builtin.import_playbook");

    /// <summary>
    /// Whether the play is tagged <c>skip_ansible_lint</c>: ansible-lint then skips its play-level checks (its
    /// <c>matchplay</c>), while the play's tasks are still checked unless they carry the tag themselves.
    /// </summary>
    public bool IsSkippedByTag => Node["tags"] switch
    {
        YScalar scalar => scalar.Value == SkipTag,
        YSequence list => list.Items.Any(i => i is YScalar { Value: SkipTag }),
        _ => false,
    };

    /// <summary>The tag that makes ansible-lint skip a play or a task.</summary>
    internal const string SkipTag = "skip_ansible_lint";

    /// <summary>The value of a play keyword, or null.</summary>
    public YNode? this[string keyword] => Node[keyword];
}
