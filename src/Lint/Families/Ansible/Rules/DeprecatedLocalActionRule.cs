using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>deprecated-local-action</c>.</summary>
internal sealed class DeprecatedLocalActionRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0204";

    /// <inheritdoc />
    public override string Name => "deprecated-local-action";

    /// <inheritdoc />
    public override string Title => "Do not use 'local_action', use 'delegate_to: localhost'";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["deprecations"];

    /// <inheritdoc />
    public override string Description => "`local_action` is an old shorthand; `delegate_to: localhost` says the same with the normal task syntax.";

    /// <inheritdoc />
    public override string BadExample => "- name: Local\n  local_action:\n    module: ansible.builtin.debug\n    msg: hi\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Local\n  ansible.builtin.debug:\n    msg: hi\n  delegate_to: localhost\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Has("local_action"))
        {
            context.Report(task.Line, 1, Title);
        }
    }
}
