using IacTest.Lint.Families.Ansible.Data;

namespace IacTest.Harness.Ansible;

/// <summary>
/// Keys of a task mapping that are task keywords rather than the module to run: the lint engine's list, generated from
/// ansible-core's own task, block and handler attributes, so the harness and the linter agree on what a task runs.
/// </summary>
internal static class TaskKeywords
{
    /// <summary>Actions that pull another tasks file into this one.</summary>
    public static readonly HashSet<string> TaskIncludes = new(StringComparer.Ordinal)
    {
        "include_tasks", "import_tasks", "include", "ansible.builtin.include_tasks", "ansible.builtin.import_tasks",
        "ansible.builtin.include", "ansible.legacy.include_tasks", "ansible.legacy.import_tasks",
    };

    /// <summary>
    /// Whether <paramref name="key"/> is a keyword (including the <c>with_*</c> loops): the lint engine's own test, so
    /// a task file and a handler file resolve their modules as the linter (and ansible-core) does.
    /// </summary>
    public static bool IsKeyword(string key) => AnsibleData.NotActionKeys.Contains(key) || key.StartsWith("with_", StringComparison.Ordinal);
}
