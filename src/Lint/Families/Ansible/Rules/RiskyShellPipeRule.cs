using System.Text.RegularExpressions;
using IacTest.Lint.Families.Ansible.Jinja;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>risky-shell-pipe</c>.</summary>
internal sealed partial class RiskyShellPipeRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0230";

    /// <inheritdoc />
    public override string Name => "risky-shell-pipe";

    /// <inheritdoc />
    public override string Title => "Shells that use pipes should set the pipefail option";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["command-shell"];

    /// <inheritdoc />
    public override string Description => "Without `set -o pipefail`, a pipeline returns the status of its last command only: `curl ... | tar x` succeeds even when the download failed.";

    /// <inheritdoc />
    public override string BadExample => "- name: Count\n  ansible.builtin.shell: cat /etc/hosts | wc -l\n  changed_when: false\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Count\n  ansible.builtin.shell: set -o pipefail && cat /etc/hosts | wc -l\n  args:\n    executable: /bin/bash\n  changed_when: false\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.IsBlock || task.Module != "shell" || (task["ignore_errors"] is YScalar ignore && IgnoreErrorsRule.IsTruthy(ignore)))
        {
            return;
        }

        var command = JinjaText.Unjinja(task.RawParams ?? string.Empty);
        if (PipeRegex().IsMatch(command) && !PipefailRegex().IsMatch(command))
        {
            context.Report(task.Line, 1, Title);
        }
    }

    [GeneratedRegex(@"^\s*set.*[+-][A-Za-z]*o\s*pipefail", RegexOptions.Multiline)]
    private static partial Regex PipefailRegex();

    [GeneratedRegex(@"(?<!\|)\|(?!\|)")]
    private static partial Regex PipeRegex();
}
