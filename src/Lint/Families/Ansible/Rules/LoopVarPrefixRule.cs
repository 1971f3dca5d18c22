using System.Text.RegularExpressions;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>loop-var-prefix</c> (opt-in): loops inside roles name their variable with the role prefix.</summary>
internal sealed partial class LoopVarPrefixRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0213";

    /// <inheritdoc />
    public override string Name => "loop-var-prefix";

    /// <inheritdoc />
    public override string Title => "Role loop_var should use configured prefix";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string ExamplePath => "roles/example/tasks/main.yml";

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["missing", "wrong"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("loop_var_prefix", RuleOptionType.String, "^(__|{role}_)", "Regex the loop variable must match; {role} is the role name."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "A role's loop that uses the implicit `item` (or a generic `loop_var`) clashes with loops of the playbook that "
        + "includes it. Name the loop variable with the role's prefix (`loop_var_prefix`, default `^(__|{role}_)`).";

    /// <inheritdoc />
    public override string BadExample => "- name: Loop\n  ansible.builtin.debug:\n    msg: \"{{ item }}\"\n  loop: [1, 2]\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Loop\n  ansible.builtin.debug:\n    msg: \"{{ example_item }}\"\n  loop: [1, 2]\n  loop_control:\n    loop_var: example_item\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (content.Role is null)
        {
            return;
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (!task.Has("loop") && !task.Keys.Any(k => k.StartsWith("with_", StringComparison.Ordinal)))
        {
            return;
        }

        var pattern = context.Options.String("loop_var_prefix") ?? "^(__|{role}_)";
        var role = IdentifierRegex().Replace(content.Role!, "_");
        var prefix = pattern.Replace("{role}", role, StringComparison.Ordinal);
        var loopVar = (task["loop_control"] as YMapping)?.GetScalar("loop_var");
        if (string.IsNullOrEmpty(loopVar))
        {
            context.Report(task.Line, 1, $"Replace unsafe implicit `item` loop variable by adding a `loop_var` that is matching /{pattern}/ regex.", "missing");
        }
        else if (!PatternCache.Get(prefix).IsMatch(loopVar))
        {
            context.Report(task.Line, 1, $"Loop variable name does not match /{pattern}/ regex, where role={role}.", "wrong");
        }
    }

    [GeneratedRegex("[^a-zA-Z0-9_]")]
    private static partial Regex IdentifierRegex();
}
