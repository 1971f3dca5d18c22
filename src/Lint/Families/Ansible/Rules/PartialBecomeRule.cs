using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>partial-become</c>: <c>become_user</c> without <c>become</c> in its lineage.</summary>
internal sealed class PartialBecomeRule : AnsibleRule
{
    private static readonly string[] Children = ["pre_tasks", "tasks", "post_tasks", "handlers", "block", "rescue", "always"];

    /// <inheritdoc />
    public override string Code => "IAC0226";

    /// <inheritdoc />
    public override string Name => "partial-become";

    /// <inheritdoc />
    public override string Title => "become_user requires become to work as expected";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["unpredictability"];

    /// <inheritdoc />
    public override string Description => "`become_user` alone does not switch users: without `become: true` (on the task, its block or its play) the task runs as the connection user.";

    /// <inheritdoc />
    public override string BadExample => "- name: Play\n  hosts: all\n  become_user: deploy\n  tasks: []\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Play\n  hosts: all\n  become: true\n  become_user: deploy\n  tasks: []\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind == FileKind.AnsiblePlaybook;

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
        {
            if (WithoutBecome(false, play.Node))
            {
                context.Report(play.Line, 1, Title);
            }
        }
    }

    private static bool WithoutBecome(bool becomeUserAbove, YMapping data)
    {
        if (data.ContainsKey("become"))
        {
            return false;
        }

        var subtasks = Subtasks(data).ToList();
        if (data.ContainsKey("become_user") && NestedHas("become", data))
        {
            return subtasks.Any(t => WithoutBecome(false, t));
        }

        if (NestedHas("become_user", data))
        {
            return subtasks.Count == 0 || subtasks.Any(t => WithoutBecome(becomeUserAbove || data.ContainsKey("become_user"), t));
        }

        return becomeUserAbove;
    }

    private static IEnumerable<YMapping> Subtasks(YMapping data) => Children
        .Select(k => data[k]).OfType<YSequence>().SelectMany(s => s.Items.OfType<YMapping>());

    private static bool NestedHas(string key, YMapping data) =>
        data.DescendantsAndSelf().OfType<YMapping>().Any(m => m.ContainsKey(key));
}
