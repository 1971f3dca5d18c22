using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>inline-env-var</c>: <c>FOO=bar cmd</c> with the command module.</summary>
internal sealed class InlineEnvVarRule : AnsibleTaskRule
{
    private static readonly HashSet<string> Expected = ["chdir", "creates", "executable", "removes", "stdin", "warn", "stdin_add_newline", "strip_empty_ends", "cmd", "argv"];

    /// <inheritdoc />
    public override string Code => "IAC0208";

    /// <inheritdoc />
    public override string Name => "inline-env-var";

    /// <inheritdoc />
    public override string Title => "Command module does not accept setting environment variables inline";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["command-shell", "idiom"];

    /// <inheritdoc />
    public override string Description =>
        "`command` runs no shell, so `FOO=bar cmd` tries to run a program called `FOO=bar`. Set variables with the "
        + "`environment` keyword (or use `shell`).";

    /// <inheritdoc />
    public override string BadExample => "- name: Run\n  ansible.builtin.command: HOME=/tmp ls\n  changed_when: false\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Run\n  ansible.builtin.command: ls\n  environment:\n    HOME: /tmp\n  changed_when: false\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Module != "command" || task.CommandLine is not { } commandLine)
        {
            return;
        }

        var first = commandLine.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null)
        {
            return;
        }

        if (first.Contains('=') || task.ArgumentsOrEmpty.Keys.Any(k => !Expected.Contains(k)))
        {
            context.Report(task.Line, 1, Title);
        }
    }
}
