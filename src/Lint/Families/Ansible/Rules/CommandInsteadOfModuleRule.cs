using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>command-instead-of-module</c>: a command that a module does better.</summary>
internal sealed class CommandInsteadOfModuleRule : AnsibleTaskRule
{
    private static readonly Dictionary<string, string> Modules = new(StringComparer.Ordinal)
    {
        ["apt-get"] = "apt-get", ["chkconfig"] = "service", ["curl"] = "get_url or uri", ["git"] = "git", ["hg"] = "hg",
        ["letsencrypt"] = "acme_certificate", ["mktemp"] = "tempfile", ["mount"] = "mount", ["patch"] = "patch",
        ["rpm"] = "yum or rpm_key", ["rsync"] = "synchronize", ["sed"] = "template, replace or lineinfile",
        ["service"] = "service", ["supervisorctl"] = "supervisorctl", ["svn"] = "subversion", ["systemctl"] = "systemd",
        ["tar"] = "unarchive", ["unzip"] = "unarchive", ["wget"] = "get_url or uri", ["yum"] = "yum",
    };

    private static readonly Dictionary<string, string[]> AllowedSubcommands = new(StringComparer.Ordinal)
    {
        ["git"] = ["branch", "log", "lfs"],
        ["systemctl"] = ["--version", "kill", "set-default", "show-environment", "status"],
        ["yum"] = ["clean"],
        ["rpm"] = ["--nodeps"],
    };

    /// <inheritdoc />
    public override string Code => "IAC0201";

    /// <inheritdoc />
    public override string Name => "command-instead-of-module";

    /// <inheritdoc />
    public override string Title => "Using command rather than a module";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["command-shell", "idiom"];

    /// <inheritdoc />
    public override string Description =>
        "Running `git`, `systemctl`, `curl` and similar tools through `command` or `shell` hides what changes from Ansible; "
        + "the matching module is idempotent, reports changes and supports check mode.";

    /// <inheritdoc />
    public override string BadExample => "- name: Update the code\n  ansible.builtin.command: git pull\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Update the code\n  ansible.builtin.git:\n    repo: https://example.com/app.git\n    dest: /srv/app\n    version: v1.0.0\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task.Module is not ("command" or "shell") || task.CommandLine is not { } commandLine)
        {
            return;
        }

        var words = commandLine.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        var executable = words[0][(words[0].LastIndexOf('/') + 1)..];
        if (words.Length > 1 && AllowedSubcommands.TryGetValue(executable, out var allowed) && allowed.Contains(words[1]))
        {
            return;
        }

        if (Modules.TryGetValue(executable, out var module) && !IsFalse(task.ArgumentText("warn")))
        {
            context.Report(task.Line, 1, $"{executable} used in place of {module} module");
        }
    }

    private static bool IsFalse(string? value) => value is not null && value.ToLowerInvariant() is "false" or "no" or "0" or "off" or "n";
}
