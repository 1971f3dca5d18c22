using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>
/// ansible-lint's <c>run-once</c>: <c>run_once</c> and <c>strategy: free</c> do not mix. On by default, as in
/// ansible-lint 6.13.1, where it is tagged <c>idiom</c> only (neither <c>opt-in</c> nor <c>experimental</c>).
/// </summary>
internal sealed class RunOnceRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0232";

    /// <inheritdoc />
    public override string Name => "run-once";

    /// <inheritdoc />
    public override string Title => "Run once should use strategy other than free";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "With `strategy: free`, `run_once` runs once per batch of hosts that happen to be together, not once per play. `run-once[play]`: the play uses the free strategy; `run-once[task]`: a task uses `run_once`.";

    /// <inheritdoc />
    public override string BadExample => "- name: Play\n  hosts: all\n  strategy: free\n  tasks: []\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Play\n  hosts: all\n  tasks: []\n";

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["play", "task"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind == FileKind.AnsiblePlaybook;

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
        {
            if (play.Node.Find("strategy") is { Value: YScalar { Value: "free" } } strategy)
            {
                context.Report(strategy.Value.Start.Line, 1, "Play uses strategy: free", "play");
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task["run_once"] is YScalar value && IgnoreErrorsRule.IsTruthy(value))
        {
            context.Report(task.Line, 1, "Using run_once may behave differently if strategy is set to free.", "task");
        }
    }
}
