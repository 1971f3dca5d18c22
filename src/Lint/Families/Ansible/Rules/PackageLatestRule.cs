using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>package-latest</c>.</summary>
internal sealed class PackageLatestRule : AnsibleTaskRule
{
    private static readonly HashSet<string> Managers = ["apk", "apt", "bower", "bundler", "dnf", "easy_install", "gem", "homebrew", "jenkins_plugin", "npm",
        "openbsd_package", "openbsd_pkg", "package", "pacman", "pear", "pip", "pkg5", "pkgutil", "portage", "slackpkg", "sorcery", "swdepot",
        "win_chocolatey", "yarn", "yum", "zypper"];

    /// <inheritdoc />
    public override string Code => "IAC0225";

    /// <inheritdoc />
    public override string Name => "package-latest";

    /// <inheritdoc />
    public override string Title => "Package installs should not use latest";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idempotency"];

    /// <inheritdoc />
    public override string Description => "`state: latest` upgrades whenever a new version is published: runs stop being repeatable and an upgrade can arrive unplanned. Install `present` (with a version), or use `update_only`.";

    /// <inheritdoc />
    public override string BadExample => "- name: Install\n  ansible.builtin.apt:\n    name: nginx\n    state: latest\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Install\n  ansible.builtin.apt:\n    name: nginx\n    state: present\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (Managers.Contains(task.Module!) && task.ArgumentText("state") == "latest" && !IsSet(task, "version") && !IsSet(task, "update_only"))
        {
            context.Report(task.Line, 1, Title);
        }
    }

    private static bool IsSet(AnsibleTask task, string name) => task.ArgumentsOrEmpty.TryGetValue(name, out var argument)
        && !(argument.Text is "" or "false" or "False" or "no" or "null" or "~");
}
