using System.Text.RegularExpressions;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>name</c>: every play and task named, capitalised, templates only at the end.</summary>
internal sealed partial class NameRule : AnsibleTaskRule
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
    public override string Description => "Names are what a run prints and what `--start-at-task` finds. `name[missing]`: a task without a name; `name[play]`: a play without a name; `name[casing]`: a name starting with a lowercase letter (in a task file other than `main.yml`, after the `\"{stem} | \"` prefix, `\"install | copy files\"` in `install.yml` is checked as `copy files`); `name[template]`: Jinja anywhere but at the end of a name.";

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
            // An import_playbook entry is a play to ansible-lint too: unnamed, it is name[play].
            foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
            {
                if (play.Node.Find("name") is not { } name)
                {
                    context.Report(play.Line, 1, "All plays should be named.", "play");
                }
                else if (name.Value is YScalar { IsNull: false, Value.Length: > 0 } text)
                {
                    CheckName(context, text.Value, text.Value, play.Line);
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

        CheckName(context, name.Value, WithoutPrefix(context, name.Value), task.Line);
    }

    /// <summary>
    /// The name without ansible-lint's task name prefix (<c>task_name_prefix</c>, default <c>"{stem} | "</c>): in a
    /// task file other than <c>main</c>, a task may be named <c>"install | Copy files"</c> and only the part after
    /// the prefix must start with a capital.
    /// </summary>
    private static string WithoutPrefix(RuleContext context, string name)
    {
        if (context.File.Kind != FileKind.AnsibleTasks)
        {
            return name;
        }

        var stem = Path.GetFileNameWithoutExtension(context.File.Path);
        if (stem == "main")
        {
            return name;
        }

        var prefix = stem + " | ";
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }

    private static void CheckName(RuleContext context, string name, string effectiveName, int line)
    {
        if (effectiveName.Length > 0 && char.IsLetter(effectiveName[0]) && char.IsLower(effectiveName[0]))
        {
            context.Report(line, 1, "All names should start with an uppercase letter.", "casing");
        }

        // The template check looks at the whole name, prefix included, as ansible-lint does.
        if (TemplatedInsideRegex().IsMatch(name))
        {
            context.Report(line, 1, "Jinja templates should only be at the end of 'name'", "template");
        }
    }

    [GeneratedRegex(@"^.*\{\{.*\}\}.*\w.*$")]
    private static partial Regex TemplatedInsideRegex();
}
