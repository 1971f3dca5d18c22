using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>command-instead-of-shell</c>: <c>shell</c> without any shell feature.</summary>
internal sealed class CommandInsteadOfShellRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0202";

    /// <inheritdoc />
    public override string Name => "command-instead-of-shell";

    /// <inheritdoc />
    public override string Title => "Use command module instead of shell";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["command-shell", "idiom"];

    /// <inheritdoc />
    public override string Description =>
        "`shell` is only needed for pipes, redirections, chaining, globbing or variables; for a plain command `command` is "
        + "safer (no shell injection) and faster.";

    /// <inheritdoc />
    public override string BadExample => "- name: Echo\n  ansible.builtin.shell: echo hello\n  changed_when: false\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Echo\n  ansible.builtin.command: echo hello\n  changed_when: false\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Module != "shell" || task.ArgumentsOrEmpty.ContainsKey("executable"))
        {
            return;
        }

        var command = IacTest.Lint.Families.Ansible.Jinja.JinjaText.Unjinja(task.ArgumentText("cmd") ?? task.RawParams ?? string.Empty);
        if (command.AsSpan().IndexOfAny("&|<>;$\n*[]{}?`") < 0)
        {
            context.Report(task.Line, 1, "Use shell only when shell functionality is required");
        }
    }
}
