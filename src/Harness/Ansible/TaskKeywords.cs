namespace IacTest.Harness.Ansible;

/// <summary>
/// What the harness adds to the lint engine's reading of a task: the actions whose file it follows. Which keys are
/// keywords and which one is the module is the lint engine's task model alone.
/// </summary>
internal static class TaskKeywords
{
    /// <summary>Actions that pull another tasks file into this one.</summary>
    public static readonly HashSet<string> TaskIncludes = new(StringComparer.Ordinal)
    {
        "include_tasks", "import_tasks", "include", "ansible.builtin.include_tasks", "ansible.builtin.import_tasks",
        "ansible.builtin.include", "ansible.legacy.include_tasks", "ansible.legacy.import_tasks",
    };
}
