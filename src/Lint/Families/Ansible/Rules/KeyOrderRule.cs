using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>key-order</c>: <c>name</c> first, <c>block</c>/<c>rescue</c>/<c>always</c> last.</summary>
internal sealed class KeyOrderRule : AnsibleTaskRule
{
    /// <inheritdoc />
    public override string Code => "IAC0210";

    /// <inheritdoc />
    public override string Name => "key-order";

    /// <inheritdoc />
    public override string Title => "Ensure specific order of keys in mappings";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["task"];

    /// <inheritdoc />
    public override string Description =>
        "A task reads best when its `name` comes first and, for blocks, the `block`, `rescue` and `always` lists come "
        + "last, so the keywords that govern a block are not lost below a long list of tasks.";

    /// <inheritdoc />
    public override string BadExample => "- ansible.builtin.debug:\n    msg: hi\n  name: Say hi\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Say hi\n  ansible.builtin.debug:\n    msg: hi\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var keys = task.Keys.Where(k => !k.StartsWith('_')).ToList();
        var sorted = keys.OrderBy(Rank).ToList();
        if (!keys.SequenceEqual(sorted, StringComparer.Ordinal))
        {
            context.Report(task.Line, 1, $"You can improve the task key order to: {string.Join(", ", sorted)}", "task");
        }
    }

    private static int Rank(string key) => key switch
    {
        "name" => 0,
        "block" => 2,
        "rescue" => 3,
        "always" => 4,
        _ => 1,
    };
}
