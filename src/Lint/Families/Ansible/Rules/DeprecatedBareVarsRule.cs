using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>deprecated-bare-vars</c>: <c>with_items: var</c> instead of <c>"{{ var }}"</c>.</summary>
internal sealed class DeprecatedBareVarsRule : AnsibleTaskRule
{
    private static readonly HashSet<string> ListLoops = ["with_nested", "with_together", "with_flattened", "with_filetree", "with_community.general.filetree"];
    private static readonly HashSet<string> IgnoredLoops = ["with_sequence", "with_ini", "with_inventory_hostnames"];

    /// <inheritdoc />
    public override string Code => "IAC0203";

    /// <inheritdoc />
    public override string Name => "deprecated-bare-vars";

    /// <inheritdoc />
    public override string Title => "Using bare variables is deprecated";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["deprecations"];

    /// <inheritdoc />
    public override string Description =>
        "A loop over a bare name (`with_items: packages`) is ambiguous: Ansible no longer treats it as a variable. "
        + "Write the full expression `\"{{ packages }}\"`, or a real list.";

    /// <inheritdoc />
    public override string BadExample => "- name: Install\n  ansible.builtin.debug:\n    msg: \"{{ item }}\"\n  with_items: packages\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Install\n  ansible.builtin.debug:\n    msg: \"{{ item }}\"\n  with_items: \"{{ packages }}\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var pair = task.Pairs.FirstOrDefault(p => p.KeyText?.StartsWith("with_", StringComparison.Ordinal) == true);
        if (pair is null || IgnoredLoops.Contains(pair.KeyText!))
        {
            return;
        }

        var loop = pair.KeyText!;
        YNode? first = pair.Value;
        if (ListLoops.Contains(loop) || loop == "with_subelements")
        {
            first = pair.Value is YSequence list ? list.Items.FirstOrDefault() : loop == "with_subelements" ? null : pair.Value;
        }

        if (first is YScalar scalar
            && !scalar.IsNull && !IacTest.Lint.Families.Ansible.Jinja.JinjaText.HasJinja(scalar.Value) && IsTextScalar(scalar)
            && !(loop == "with_fileglob" && HasGlob(scalar.Value))
            && !(loop == "with_filetree" && scalar.Value.EndsWith('/')))
        {
            context.Report(task.Line, 1, $"Possible bare variable '{scalar.Value}' used in a '{loop}' loop. You should use the full variable syntax ('{{{{ {scalar.Value} }}}}') or convert it to a list if that is not really a variable.");
        }
    }

    private static bool IsTextScalar(YScalar scalar) =>
        !scalar.IsPlain || !(bool.TryParse(scalar.Value, out _) || double.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out _));

    private static bool HasGlob(string value) => value.AsSpan().IndexOfAny("*?[") >= 0;
}
