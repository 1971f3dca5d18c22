using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-tabs</c>: tab characters in task values.</summary>
internal sealed class NoTabsRule : AnsibleTaskRule
{
    private static readonly HashSet<string> LineinfileKeys = ["insertafter", "insertbefore", "regexp", "line"];

    /// <inheritdoc />
    public override string Code => "IAC0224";

    /// <inheritdoc />
    public override string Name => "no-tabs";

    /// <inheritdoc />
    public override string Title => "Most files should not contain tabs";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override string Description => "Tabs in values are invisible in review and often a paste accident; `lineinfile`\u0027s `line`, `regexp`, `insertafter` and `insertbefore` may hold them.";

    /// <inheritdoc />
    public override string BadExample => "- name: Say\n  ansible.builtin.debug:\n    msg: \"a\\tb\"\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Say\n  ansible.builtin.debug:\n    msg: \"a b\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var lineinfile = task.Module is "lineinfile" or "ansible.legacy.lineinfile";
        foreach (var node in task.Node.DescendantsAndSelf())
        {
            if (node is not YMapping mapping)
            {
                continue;
            }

            foreach (var pair in mapping.Pairs)
            {
                if ((pair.KeyText?.Contains('\t') ?? false)
                    || (pair.Value is YScalar value && value.Value.Contains('\t') && !(lineinfile && LineinfileKeys.Contains(pair.KeyText ?? string.Empty))))
                {
                    context.Report(task.Line, 1, Title);
                    return;
                }
            }
        }
    }
}
