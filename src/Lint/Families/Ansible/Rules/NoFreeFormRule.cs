using System.Text.RegularExpressions;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-free-form</c>.</summary>
internal sealed partial class NoFreeFormRule : AnsibleTaskRule
{
    // ansible-lint 6.13.1's inclusion actions, which it lets pass free-form: tasks and playbooks only, by their short and
    // ansible.builtin names. A role inclusion (include_role, import_role) or an ansible.legacy name is a module action
    // like any other.
    private static readonly HashSet<string> Inclusions = ["include", "include_tasks", "import_playbook", "import_tasks",
        "ansible.builtin.include", "ansible.builtin.include_tasks", "ansible.builtin.import_playbook", "ansible.builtin.import_tasks"];

    private static readonly HashSet<string> CommandModules = ["command", "shell", "win_command", "win_shell", "ansible.windows.win_command", "ansible.windows.win_shell"];

    /// <inheritdoc />
    public override string Code => "IAC0220";

    /// <inheritdoc />
    public override string Name => "no-free-form";

    /// <inheritdoc />
    public override string Title => "Rule for detecting discouraged free-form syntax for action modules";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["syntax", "risk"];

    /// <inheritdoc />
    public override string Description => "Free-form arguments (`file: path=/tmp/x state=directory`) are parsed by splitting a string: quoting and types go wrong silently. Write arguments as a mapping. `no-free-form[raw]`: `executable=` inside a `raw` call.";

    /// <inheritdoc />
    public override string BadExample => "- name: Make a folder\n  ansible.builtin.file: path=/tmp/x state=directory mode=0755\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Make a folder\n  ansible.builtin.file:\n    path: /tmp/x\n    state: directory\n    mode: \"0755\"\n";

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["raw", "raw-non-string"];

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var action = task.Action!;
        if (task.IsBlock || Inclusions.Contains(action) || task.ActionPair is null || task.ActionPair.KeyText != action)
        {
            return;
        }

        var value = task.ActionPair.Value;
        if (task.Module == "raw")
        {
            if (value is YScalar { IsNull: false } raw)
            {
                if (raw.Value.Contains("executable=", StringComparison.Ordinal))
                {
                    context.Report(task.Line, 1, "Avoid embedding `executable=` inside raw calls, use explicit args dictionary instead.", "raw");
                }
            }
            else
            {
                context.Report(task.Line, 1, "Passing a non string value to `raw` module is neither documented or supported.", "raw-non-string");
            }

            return;
        }

        if (value is YScalar { IsNull: false } scalar && scalar.Value.Contains('=')
            && (!CommandModules.Contains(task.Module!) || CommandArgumentRegex().IsMatch(scalar.Value)))
        {
            context.Report(task.Line, 1, $"Avoid using free-form when calling module actions. ({action})");
        }
    }

    [GeneratedRegex("^(chdir|creates|executable|removes|stdin|stdin_add_newline|warn)=")]
    private static partial Regex CommandArgumentRegex();
}
