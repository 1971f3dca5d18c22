using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>
/// Base of the ansible-lint compatible rules: family, default kinds (playbooks, task and handler files) and access to
/// the file's Ansible model.
/// </summary>
internal abstract class AnsibleRule : LintRule
{
    /// <inheritdoc />
    public sealed override RuleFamily Family => RuleFamily.Ansible;

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.AnsiblePlaybook or FileKind.AnsibleTasks or FileKind.AnsibleHandlers;

    /// <inheritdoc />
    public override void Check(RuleContext context) => Check(context, AnsibleContent.Of(context.File));

    /// <summary>Checks the Ansible model of the file.</summary>
    protected abstract void Check(RuleContext context, AnsibleContent content);
}

/// <summary>A rule that looks at each task with a resolved action, as ansible-lint's <c>matchtask</c> does.</summary>
internal abstract class AnsibleTaskRule : AnsibleRule
{
    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        foreach (var task in content.Tasks)
        {
            if (task.Action is null || IsSkippedByTag(task))
            {
                continue;
            }

            CheckTask(context, task, content);
        }
    }

    /// <summary>Checks one task.</summary>
    protected abstract void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content);

    private static bool IsSkippedByTag(AnsibleTask task) => task["tags"] switch
    {
        IacTest.Lint.Yaml.YScalar scalar => scalar.Value == "skip_ansible_lint",
        IacTest.Lint.Yaml.YSequence list => list.Items.Any(i => i is IacTest.Lint.Yaml.YScalar { Value: "skip_ansible_lint" }),
        _ => false,
    };
}
