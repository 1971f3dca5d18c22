using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>risky-file-permissions</c>: files created without an explicit mode.</summary>
internal sealed class RiskyFilePermissionsRule : AnsibleTaskRule
{
    private static readonly HashSet<string> Preserve = ["copy", "template"];
    // unarchive is left out as in ansible-lint: an archive's members carry their own permissions.
    private static readonly HashSet<string> Modules = ["archive", "community.general.archive", "assemble", "copy", "file", "get_url", "replace", "template"];
    private static readonly Dictionary<string, bool> ModulesWithCreate = new(StringComparer.Ordinal)
    {
        ["blockinfile"] = false, ["htpasswd"] = true, ["ini_file"] = true, ["lineinfile"] = false,
        ["community.general.htpasswd"] = true, ["community.general.ini_file"] = true,
    };

    /// <inheritdoc />
    public override string Code => "IAC0228";

    /// <inheritdoc />
    public override string Name => "risky-file-permissions";

    /// <inheritdoc />
    public override string Title => "File permissions unset or incorrect";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["unpredictability"];

    /// <inheritdoc />
    public override string Description => "Without `mode`, a created file gets permissions from the umask and the module version, which differ between hosts and Ansible releases. Set the mode explicitly; `preserve` is accepted by `copy` and `template` only.";

    /// <inheritdoc />
    public override string BadExample => "- name: Write\n  ansible.builtin.copy:\n    content: x\n    dest: /etc/x\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Write\n  ansible.builtin.copy:\n    content: x\n    dest: /etc/x\n    mode: \"0644\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var module = task.Module!;
        if (!Modules.Contains(module) && !ModulesWithCreate.ContainsKey(module))
        {
            return;
        }

        var hasMode = task.ArgumentsOrEmpty.TryGetValue("mode", out var mode) && !(mode.Text is "" or "null" or "~" && mode.Node is not null);
        if (hasMode && mode!.Text == "preserve" && !Preserve.Contains(module))
        {
            Report(context, task);
            return;
        }

        if (ModulesWithCreate.TryGetValue(module, out var createDefault))
        {
            var create = task.ArgumentText("create") is { } text ? IsTrue(text) : createDefault;
            if (create && !hasMode)
            {
                Report(context, task);
            }

            return;
        }

        var state = task.ArgumentText("state");
        if (state is "absent" or "link" || (task.ArgumentText("recurse") is { } recurse && IsTrue(recurse)))
        {
            return;
        }

        if ((module == "file" && (state ?? "file") == "file") || (module == "replace" && !hasMode))
        {
            return;
        }

        if (!hasMode)
        {
            Report(context, task);
        }
    }

    private void Report(RuleContext context, AnsibleTask task) => context.Report(task.Line, 1, Title);

    private static bool IsTrue(string text) => text.ToLowerInvariant() is "true" or "yes" or "on" or "1" or "y";
}
