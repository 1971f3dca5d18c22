using System.Text.RegularExpressions;
using IacTest.Lint.Ansible;
using IacTest.Lint.Classification;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Ansible;

/// <summary>ansible-lint's <c>name</c>: every play and task named, capitalised, templates only at the end.</summary>
public sealed partial class NameRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0218";

    /// <inheritdoc />
    public override string Name => "name";

    /// <inheritdoc />
    public override string Title => "Rule for checking task and play names";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "Names are what a run prints and what `--start-at-task` finds. `name[missing]`: a task without a name; `name[play]`: a play without a name; `name[casing]`: a name starting with a lowercase letter; `name[template]`: Jinja anywhere but at the end of a name.";

    /// <inheritdoc />
    public override string BadExample => "- ansible.builtin.debug:\n    msg: hi\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Say hi\n  ansible.builtin.debug:\n    msg: hi\n";

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["missing", "play", "casing", "template"];

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Kind == FileKind.AnsiblePlaybook)
        {
            foreach (var play in content.Plays.Where(p => !p.IsImport))
            {
                if (play["name"] is not YScalar { IsNull: false } name)
                {
                    context.Report(play.Line, 1, "All plays should be named.", "play");
                }
                else
                {
                    CheckName(context, name.Value, play.Line);
                }
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (task["name"] is not YScalar { IsNull: false, Value.Length: > 0 } name)
        {
            context.Report(task.Line, 1, "All tasks should be named.", "missing");
            return;
        }

        CheckName(context, name.Value, task.Line);
    }

    private static void CheckName(RuleContext context, string name, int line)
    {
        if (name.Length > 0 && char.IsLetter(name[0]) && char.IsLower(name[0]))
        {
            context.Report(line, 1, "All names should start with an uppercase letter.", "casing");
        }

        if (TemplatedInsideRegex().IsMatch(name))
        {
            context.Report(line, 1, "Jinja templates should only be at the end of 'name'", "template");
        }
    }

    [GeneratedRegex(@"^.*\{\{.*\}\}.*\w.*$")]
    private static partial Regex TemplatedInsideRegex();
}
