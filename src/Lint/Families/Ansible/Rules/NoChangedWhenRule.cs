using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-changed-when</c>.</summary>
internal sealed class NoChangedWhenRule : AnsibleTaskRule
{
    private static readonly HashSet<string> Commands = ["command", "shell", "raw", "ansible.legacy.command", "ansible.legacy.shell", "ansible.legacy.raw"];

    /// <inheritdoc />
    public override string Code => "IAC0219";

    /// <inheritdoc />
    public override string Name => "no-changed-when";

    /// <inheritdoc />
    public override string Title => "Commands should not change things if nothing needs doing";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["command-shell", "idempotency"];

    /// <inheritdoc />
    public override string Description => "A command always reports *changed*, so the play is never idempotent and handlers fire every time. Say when it changes something (`changed_when`) or let Ansible skip it (`creates`/`removes`). Handlers are not checked (they run only when notified), tasks inside a handler's `block` are.";

    /// <inheritdoc />
    public override string BadExample => "- name: Migrate\n  ansible.builtin.command: /srv/app/migrate\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Migrate\n  ansible.builtin.command: /srv/app/migrate\n  register: migrate\n  changed_when: \"\u0027applied\u0027 in migrate.stdout\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        // ansible-lint checks tasks and block members only: a handler runs when notified, so a command there changes
        // something by design. A handler inside a block is a block member and is checked.
        if (task.Section == TaskSection.Handlers && task.Parent is null)
        {
            return;
        }

        if (!task.IsBlock && Commands.Contains(task.Module!) && !task.Has("changed_when")
            && !task.ArgumentsOrEmpty.ContainsKey("creates") && !task.ArgumentsOrEmpty.ContainsKey("removes"))
        {
            context.Report(task.Line, 1, Title);
        }
    }
}
