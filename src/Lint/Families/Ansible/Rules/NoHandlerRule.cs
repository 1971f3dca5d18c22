using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-handler</c>: <c>when: result.changed</c> instead of a handler.</summary>
internal sealed class NoHandlerRule : AnsibleTaskRule
{
    private static readonly string[] ChangedTests = [".changed", "|changed", "[\"changed\"]", "['changed']", "is changed"];

    /// <inheritdoc />
    public override string Code => "IAC0221";

    /// <inheritdoc />
    public override string Name => "no-handler";

    /// <inheritdoc />
    public override string Title => "Tasks that run when changed should likely be handlers";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "A task that runs `when: result.changed` is a handler written by hand: `notify` a handler instead, which also runs once however many tasks changed.";

    /// <inheritdoc />
    public override string BadExample => "- name: Reload\n  ansible.builtin.command: nginx -s reload\n  when: config.changed\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Write config\n  ansible.builtin.template:\n    src: nginx.conf.j2\n    dest: /etc/nginx/nginx.conf\n    mode: \"0644\"\n  notify: Reload nginx\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.IsBlock || task.Module is "meta" or "include_tasks" or "import_tasks" or "include_role" or "import_role" or "include" or "ansible.legacy.meta")
        {
            return;
        }

        var when = task["when"];
        var first = when is YSequence list ? list.Items.FirstOrDefault() as YScalar : when as YScalar;
        if (first is { IsNull: false } scalar && IsChangedTest(scalar.Value))
        {
            context.Report(task.Line, 1, Title);
        }
    }

    private static bool IsChangedTest(string text) =>
        !text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("and") && ChangedTests.Any(t => text.Contains(t, StringComparison.Ordinal));
}
