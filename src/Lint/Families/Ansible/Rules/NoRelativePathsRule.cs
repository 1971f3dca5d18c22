using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>no-relative-paths</c>.</summary>
internal sealed class NoRelativePathsRule : AnsibleTaskRule
{
    private static readonly Dictionary<string, string> Folders = new(StringComparer.Ordinal)
    {
        ["copy"] = "files", ["win_copy"] = "files", ["template"] = "templates", ["win_template"] = "win_templates",
    };

    /// <inheritdoc />
    public override string Code => "IAC0223";

    /// <inheritdoc />
    public override string Name => "no-relative-paths";

    /// <inheritdoc />
    public override string Title => "The src argument should not use a relative path";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "`copy` and `template` already look in the role\u0027s `files/` and `templates/`; a `../files/` path breaks when the role moves.";

    /// <inheritdoc />
    public override string BadExample => "- name: Copy\n  ansible.builtin.copy:\n    src: ../files/app.conf\n    dest: /etc/app.conf\n    mode: \"0644\"\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Copy\n  ansible.builtin.copy:\n    src: app.conf\n    dest: /etc/app.conf\n    mode: \"0644\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (Folders.TryGetValue(task.Module!, out var folder) && task.ArgumentText("src") is { } source
            && source.Contains("../" + folder, StringComparison.Ordinal))
        {
            context.Report(task.Line, 1, Title);
        }
    }
}
