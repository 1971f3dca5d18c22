using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>playbook-extension</c>.</summary>
internal sealed class PlaybookExtensionRule : AnsibleRule
{
    /// <inheritdoc />
    public override string Code => "IAC0227";

    /// <inheritdoc />
    public override string Name => "playbook-extension";

    /// <inheritdoc />
    public override string Title => "Use \".yml\" or \".yaml\" playbook extension";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override string Description => "Playbooks end in `.yml` or `.yaml` so editors, linters and people recognise them.";

    /// <inheritdoc />
    public override string BadExample => "# site.playbook\n- name: Site\n  hosts: all\n";

    /// <inheritdoc />
    public override string GoodExample => "# The same plays belong in site.yml: only a .yml or .yaml file is a playbook.\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind == FileKind.AnsiblePlaybook;

    /// <inheritdoc />
    public override string ExamplePath => "site.playbook";

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        var extension = System.IO.Path.GetExtension(context.File.Path);
        if (extension is not (".yml" or ".yaml"))
        {
            context.Report(1, 1, "Use \".yml\" or \".yaml\" playbook extension");
        }
    }
}
