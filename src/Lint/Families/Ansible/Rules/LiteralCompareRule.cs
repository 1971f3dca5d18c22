using System.Text.RegularExpressions;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>literal-compare</c>: <c>when: x == True</c>.</summary>
internal sealed partial class LiteralCompareRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0212";

    /// <inheritdoc />
    public override string Name => "literal-compare";

    /// <inheritdoc />
    public override string Title => "Don't compare to literal True/False";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "`when: var == True` is `when: var`, and `when: var == False` is `when: not var`; the comparison adds nothing but surprises with strings.";

    /// <inheritdoc />
    public override string BadExample => "- name: Run\n  ansible.builtin.debug:\n    msg: on\n  when: enabled == True\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Run\n  ansible.builtin.debug:\n    msg: on\n  when: enabled\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        foreach (var node in task.Node.DescendantsAndSelf())
        {
            if (node is not YMapping mapping || mapping["when"] is not { } when)
            {
                continue;
            }

            var values = when is YSequence list ? list.Items : [when];
            if (values.OfType<YScalar>().Any(s => CompareRegex().IsMatch(s.Value)))
            {
                context.Report(task.Line, 1, Title);
                return;
            }
        }
    }

    [GeneratedRegex("[=!]= ?(True|true|False|false)")]
    private static partial Regex CompareRegex();
}
