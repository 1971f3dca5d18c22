using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>
/// Reads a list of tasks (a tasks file, handlers, a play's task sections) into <see cref="AnsibleTask"/>s with their
/// actions resolved and their blocks' <c>block</c>/<c>rescue</c>/<c>always</c> tasks nested. The linter and the test
/// harness both read tasks through it, so they cannot disagree on what a task is.
/// </summary>
internal static class AnsibleTaskReader
{
    /// <summary>
    /// The tasks of <paramref name="node"/> in order; nothing for a missing or null list. A list that is not a sequence
    /// and an item that is not a mapping are added to <paramref name="problems"/> under <paramref name="schema"/>.
    /// </summary>
    public static IReadOnlyList<AnsibleTask> Read(YNode? node, TaskSection section, ICollection<AnsibleProblem> problems, string schema = "tasks") =>
        ReadList(node, section, null, problems, schema);

    /// <summary>Every task of <paramref name="tasks"/> followed by the tasks nested in it, in document order.</summary>
    public static IEnumerable<AnsibleTask> Flatten(IEnumerable<AnsibleTask> tasks)
    {
        foreach (var task in tasks)
        {
            yield return task;
            foreach (var nested in Flatten(task.Block.Concat(task.Rescue).Concat(task.Always)))
            {
                yield return nested;
            }
        }
    }

    private static List<AnsibleTask> ReadList(YNode? node, TaskSection section, AnsibleTask? parent, ICollection<AnsibleProblem> problems, string schema)
    {
        var tasks = new List<AnsibleTask>();
        if (node is null || node is YScalar { IsNull: true })
        {
            return tasks;
        }

        if (node is not YSequence list)
        {
            problems.Add(new AnsibleProblem(node.Start, schema, "a list of tasks was expected"));
            return tasks;
        }

        foreach (var item in list.Items)
        {
            if (item is not YMapping mapping)
            {
                problems.Add(new AnsibleProblem(item.Start, schema, "a task must be a mapping"));
                continue;
            }

            var task = new AnsibleTask(mapping, section, parent, mapping.Start.Line, AnsibleContent.LastLine(mapping));
            if (MergeKeys.InvalidMerge(mapping) is { } merge)
            {
                // Ansible's loader refuses the whole file here; the rest of the task is still read.
                problems.Add(new AnsibleProblem(merge.Start, schema, "a merge key (<<) needs a mapping or a list of mappings"));
            }

            TaskActionParser.Resolve(task);
            tasks.Add(task);
            if (!task.IsBlock)
            {
                continue;
            }

            task.Block = ReadList(task["block"], section, task, problems, schema);
            task.Rescue = ReadList(task["rescue"], section, task, problems, schema);
            task.Always = ReadList(task["always"], section, task, problems, schema);
        }

        return tasks;
    }
}
