using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>deprecated-module</c>.</summary>
internal sealed class DeprecatedModuleRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0205";

    /// <inheritdoc />
    public override string Name => "deprecated-module";

    /// <inheritdoc />
    public override string Title => "Deprecated module";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["deprecations"];

    /// <inheritdoc />
    public override string Description => "Deprecated modules (`include`, `docker`, `ec2_vpc`, …) are kept only for compatibility and will go away; use their replacements.";

    /// <inheritdoc />
    public override string BadExample => "- name: Include\n  include: other.yml\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Include\n  ansible.builtin.include_tasks: other.yml\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Module is { } module && AnsibleData.DeprecatedModules.Contains(module))
        {
            context.Report(task.Line, 1, $"Deprecated module {module}");
        }
    }
}
