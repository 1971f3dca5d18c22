using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-jinja-when</c>.</summary>
internal sealed class NoJinjaWhenRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0222";

    /// <inheritdoc />
    public override string Name => "no-jinja-when";

    /// <inheritdoc />
    public override string Title => "No Jinja2 in when";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["deprecations"];

    /// <inheritdoc />
    public override string Description => "`when` is already a Jinja expression; wrapping it in `{{ }}` is redundant and Ansible warns about it.";

    /// <inheritdoc />
    public override string BadExample => "- name: Run\n  ansible.builtin.debug:\n    msg: on\n  when: \"{{ enabled }}\"\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Run\n  ansible.builtin.debug:\n    msg: on\n  when: enabled\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Kind == FileKind.AnsiblePlaybook)
        {
            foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
            {
                if (play["roles"] is YSequence roles)
                {
                    foreach (var role in roles.Items.OfType<YMapping>())
                    {
                        if (HasJinja(role["when"]))
                        {
                            context.Report(role.Start.Line, 1, "No Jinja2 in when.");
                        }
                    }
                }
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (HasJinja(task["when"]))
        {
            context.Report(task.Line, 1, "No Jinja2 in when.");
        }
    }

    private static bool HasJinja(YNode? when) => when switch
    {
        YScalar scalar => scalar.Value.Contains("{{", StringComparison.Ordinal) || scalar.Value.Contains("}}", StringComparison.Ordinal),
        YSequence list => list.Items.OfType<YScalar>().Any(s => s.Value.Contains("{{", StringComparison.Ordinal) && s.Value.Contains("}}", StringComparison.Ordinal)),
        _ => false,
    };
}
