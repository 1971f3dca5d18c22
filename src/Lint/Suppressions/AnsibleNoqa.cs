using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Suppressions;

/// <summary>
/// ansible-lint's <c># noqa</c> scope: a noqa comment on any line of a task skips the named rules (or all of them)
/// for the whole task, not only for its own line.
/// </summary>
internal static class AnsibleNoqa
{
    private static readonly RuleFamily[] Families = [RuleFamily.Ansible];

    /// <summary>
    /// Resolves old rule names in noqa comments (<c># noqa unnamed-task</c> skips <c>name[missing]</c>) and widens each
    /// noqa comment found inside a task to the task's lines.
    /// </summary>
    public static void Apply(LintFile file, SuppressionMap map, IReadOnlyList<(int Line, string[] Names)> noqa)
    {
        if (noqa.Count == 0)
        {
            return;
        }

        var current = new List<(int Line, string[] Names)>(noqa.Count);
        foreach (var (line, names) in noqa)
        {
            var renamed = names.Select(AnsibleData.CurrentRuleName).ToArray();
            if (!renamed.SequenceEqual(names, StringComparer.Ordinal))
            {
                // The comment's own line was suppressed under the names as written; the current names join them.
                map.SuppressLine(line, Families, renamed);
            }

            current.Add((line, renamed));
        }

        if (file.SyntaxError is not null || file.Kind is not (FileKind.AnsiblePlaybook or FileKind.AnsibleTasks or FileKind.AnsibleHandlers))
        {
            return;
        }

        var tasks = AnsibleContent.Of(file).Tasks;
        foreach (var (line, names) in current)
        {
            // The innermost task holding the comment: a noqa inside a block's task does not silence the whole block.
            AnsibleTask? holder = null;
            foreach (var task in tasks)
            {
                if (line >= task.FirstLine && line <= task.LastLine && (holder is null || task.FirstLine >= holder.FirstLine))
                {
                    holder = task;
                }
            }

            if (holder is not null)
            {
                map.SuppressRange(holder.FirstLine, holder.LastLine, Families, names);
            }
        }
    }
}
