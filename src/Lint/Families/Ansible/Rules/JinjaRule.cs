using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Ansible.Jinja;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>jinja</c>: templates that do not parse, and templates spaced unlike the convention.</summary>
internal sealed class JinjaRule : AnsibleTaskRule
{
    private static readonly HashSet<string> ImplicitKeys = ["changed_when", "failed_when", "until", "when"];
    private static readonly HashSet<string> IgnoredKeys = ["block", "rescue", "always"];

    /// <inheritdoc />
    public override string Code => "IAC0209";

    /// <inheritdoc />
    public override string Name => "jinja";

    /// <inheritdoc />
    public override string Title => "Rule that looks inside jinja2 templates";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["invalid", "spacing"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => base.AppliesTo(kind) || kind == FileKind.AnsibleVars;

    /// <inheritdoc />
    public override string Description =>
        "`jinja[invalid]`: a template that Jinja cannot parse fails only when the task runs; here it fails at lint time. "
        + "`jinja[spacing]`: one space inside `{{ }}` and around filters and operators, as ansible-lint suggests "
        + "(reported as a warning, like ansible-lint's default `warn_list`).";

    /// <inheritdoc />
    public override string BadExample => "- name: Show\n  ansible.builtin.debug:\n    msg: \"{{foo|default('x')}}\"\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Show\n  ansible.builtin.debug:\n    msg: \"{{ foo | default('x') }}\"\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Kind == FileKind.AnsibleVars)
        {
            foreach (var document in context.File.Documents)
            {
                if (document.Root is { } root)
                {
                    VisitValues(context, root);
                }
            }

            return;
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var playbook = context.File.Kind == FileKind.AnsiblePlaybook;
        foreach (var pair in task.Pairs)
        {
            if (pair.KeyText is not { } key || IgnoredKeys.Contains(key))
            {
                continue;
            }

            var implicitTemplate = playbook && ImplicitKeys.Contains(key);
            var line = pair.Value is YMapping mapping ? mapping.Start.Line : task.Line;
            Visit(context, pair.Value, line, implicitTemplate);
        }
    }

    private static void Visit(RuleContext context, YNode node, int line, bool implicitTemplate)
    {
        switch (node)
        {
            case YScalar scalar when !scalar.IsNull:
                if (scalar.IsPlain && !implicitTemplate && !scalar.Value.Contains('{'))
                {
                    return;
                }

                Report(context, JinjaChecker.Check(scalar.Value, implicitTemplate), line);
                break;
            case YSequence list:
                foreach (var item in list.Items)
                {
                    Visit(context, item, item is YMapping inner ? inner.Start.Line : line, implicitTemplate);
                }

                break;
            case YMapping mapping:
                foreach (var pair in mapping.Pairs)
                {
                    Visit(context, pair.Value, pair.Value is YMapping inner ? inner.Start.Line : line, false);
                }

                break;
        }
    }

    private static void Report(RuleContext context, JinjaFinding? finding, int line)
    {
        if (finding is null)
        {
            return;
        }

        // ansible-lint keeps jinja[spacing] in its default warn_list.
        context.Report(line, 1, finding.Message, finding.SubId, finding.SubId == "spacing" ? Severity.Warning : null);
    }

    /// <summary>Every string value of a vars file (keys are names, not templates), reported at its own line.</summary>
    private static void VisitValues(RuleContext context, YNode root)
    {
        var stack = new Stack<YNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YScalar { IsNull: false } scalar when scalar.Value.Contains('{'):
                    Report(context, JinjaChecker.Check(scalar.Value, false), scalar.Start.Line);
                    break;
                case YSequence list:
                    list.Items.ForEach(stack.Push);
                    break;
                case YMapping mapping:
                    mapping.Pairs.ForEach(p => stack.Push(p.Value));
                    break;
            }
        }
    }
}
