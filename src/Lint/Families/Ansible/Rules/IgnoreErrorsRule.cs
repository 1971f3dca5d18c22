using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>ignore-errors</c>.</summary>
internal sealed class IgnoreErrorsRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0207";

    /// <inheritdoc />
    public override string Name => "ignore-errors";

    /// <inheritdoc />
    public override string Title => "Use failed_when and specify error conditions instead of using ignore_errors";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["unpredictability"];

    /// <inheritdoc />
    public override string Description =>
        "`ignore_errors: true` hides every failure, including the ones nobody expected. Register the result, ignore errors "
        + "only in check mode (`{{ ansible_check_mode }}`), or say which failures are acceptable with `failed_when`.";

    /// <inheritdoc />
    public override string BadExample => "- name: Try\n  ansible.builtin.command: /bin/false\n  changed_when: false\n  ignore_errors: true\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Try\n  ansible.builtin.command: /bin/false\n  changed_when: false\n  register: result\n  ignore_errors: true\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task["ignore_errors"] is YScalar value && IsTruthy(value) && value.Value != "{{ ansible_check_mode }}" && !IsSet(task["register"]))
        {
            context.Report(task.Line, 1, Title);
        }
    }

    internal static bool IsTruthy(YScalar value) => !value.IsNull && value.Value.Length > 0
        && !(value.IsPlain && value.Value is "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "0");

    private static bool IsSet(YNode? node) => node is YScalar scalar ? IsTruthy(scalar) : node is not null;
}
