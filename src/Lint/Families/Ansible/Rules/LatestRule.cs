using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>latest</c>: checkouts of a moving branch.</summary>
internal sealed class LatestRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0211";

    /// <inheritdoc />
    public override string Name => "latest";

    /// <inheritdoc />
    public override string Title => "Result of the command may vary on subsequent runs";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idempotency"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["git", "hg"];

    /// <inheritdoc />
    public override string Description =>
        "A `git` checkout without `version` (or at `HEAD`), or an `hg` checkout without `revision`, deploys whatever "
        + "the branch holds at run time: two runs of the same playbook can install different code.";

    /// <inheritdoc />
    public override string BadExample => "- name: Checkout\n  ansible.builtin.git:\n    repo: https://example.com/app.git\n    dest: /srv/app\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Checkout\n  ansible.builtin.git:\n    repo: https://example.com/app.git\n    dest: /srv/app\n    version: v1.2.3\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Module == "git" && (task.ArgumentText("version") ?? "HEAD") == "HEAD")
        {
            context.Report(task.Line, 1, Title, "git");
        }
        else if (task.Module == "hg" && (task.ArgumentText("revision") ?? "default") == "default")
        {
            context.Report(task.Line, 1, Title, "hg");
        }
    }
}
