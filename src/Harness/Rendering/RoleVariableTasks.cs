using IacTest.Harness.Ansible;

namespace IacTest.Harness.Rendering;

/// <summary>
/// The tasks of a role that only set variables on the controller (<c>include_vars</c>, <c>set_fact</c>), kept in
/// their blocks and static includes with the conditions around them. Running them with real Ansible before
/// rendering gives the variables a play would have — per-platform <c>vars/Debian.yml</c>, facts built from
/// <c>__name</c> defaults — at Ansible's own precedence; they change nothing on any host.
/// </summary>
internal static class RoleVariableTasks
{
    private static readonly HashSet<string> VariableActions = new(StringComparer.Ordinal) { "include_vars", "set_fact" };

    // Keywords of a block or an include that still apply to the variable tasks under it.
    private static readonly string[] InheritedKeywords = ["when", "vars", "become"];

    /// <summary>The variable tasks of <paramref name="role"/>, as plain values for a generated tasks file.</summary>
    public static List<object?> Of(AnsibleRole role) => Filter(role.Tasks);

    private static List<object?> Filter(IEnumerable<AnsibleTask> tasks)
    {
        var kept = new List<object?>();
        foreach (var task in tasks)
        {
            if (VariableActions.Contains(task.ShortAction))
            {
                var plain = (Dictionary<string, object?>)task.Node.ToPlain()!;
                // The task's place in the role, so a failure names it.
                plain["name"] = $"{task.Name ?? task.Action} ({task.Location})";
                kept.Add(plain);
            }
            else if (task.IsBlock)
            {
                // A rescue runs only when the block fails, which variable tasks do not; it is left out.
                var block = Filter(task.Block.Concat(task.Always));
                if (block.Count > 0)
                {
                    kept.Add(Wrap(task, block));
                }
            }
            else if (task.Included.Count > 0)
            {
                var included = Filter(task.Included);
                if (included.Count > 0)
                {
                    kept.Add(Wrap(task, included));
                }
            }
        }

        return kept;
    }

    private static Dictionary<string, object?> Wrap(AnsibleTask parent, List<object?> children)
    {
        var block = new Dictionary<string, object?>(StringComparer.Ordinal) { ["block"] = children };
        foreach (var keyword in InheritedKeywords)
        {
            if (parent.Node[keyword] is { } value)
            {
                block[keyword] = value.ToPlain();
            }
        }

        return block;
    }
}
