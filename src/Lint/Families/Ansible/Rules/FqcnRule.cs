using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>fqcn</c>: actions by fully qualified collection name, no <c>collections</c> keyword.</summary>
internal sealed class FqcnRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0206";

    /// <inheritdoc />
    public override string Name => "fqcn";

    /// <inheritdoc />
    public override string Title => "Use FQCN for builtin actions";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["action-core", "action", "canonical", "keyword"];

    /// <inheritdoc />
    public override string Description =>
        "A short action name (`copy`) depends on the `collections` search order and on what is installed; "
        + "`ansible.builtin.copy` (or `ansible.legacy.copy`) always means the same module. "
        + "`fqcn[action-core]`: a builtin module by short name; `fqcn[action]`: another collection's module by short name; "
        + "`fqcn[canonical]`: a redirected name instead of its target; `fqcn[keyword]`: a play's `collections` keyword.";

    /// <inheritdoc />
    public override string BadExample => "- name: Copy\n  copy:\n    src: a\n    dest: /tmp/a\n    mode: \"0644\"\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Copy\n  ansible.builtin.copy:\n    src: a\n    dest: /tmp/a\n    mode: \"0644\"\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.FqcnFix();

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Kind == FileKind.AnsiblePlaybook)
        {
            foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
            {
                if (play.Node.ContainsKey("collections"))
                {
                    context.Report(play.Line, 1, "Avoid `collections` keyword by using FQCN for all plugins, modules, roles and playbooks.", "keyword");
                }
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var action = task.Action!;
        if (task.IsBlock || action.StartsWith("ansible.legacy.", StringComparison.Ordinal))
        {
            return;
        }

        var dots = action.Count(c => c == '.');
        if (dots == 0)
        {
            if (AnsibleData.BuiltinModules.Contains(action))
            {
                context.Report(task.Line, 1, $"Use FQCN for builtin module actions ({action}).", "action-core");
            }
            else if (AnsibleData.Route(action) is { Target: { } target })
            {
                context.Report(task.Line, 1, $"Use FQCN for module actions, such `{target}`.", "action");
            }

            return;
        }

        if (action.StartsWith("ansible.builtin.", StringComparison.Ordinal) && AnsibleData.Route(action["ansible.builtin.".Length..]) is { Target: { } moved }
            && !AnsibleData.BuiltinModules.Contains(action["ansible.builtin.".Length..]))
        {
            context.Report(task.Line, 1, $"You should use canonical module name `{moved}` instead of `{action}`.", "canonical");
        }
    }
}
