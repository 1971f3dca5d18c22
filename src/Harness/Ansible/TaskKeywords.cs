namespace IacTest.Harness.Ansible;

/// <summary>Keys of a task mapping that are task keywords rather than the module to run.</summary>
internal static class TaskKeywords
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "any_errors_fatal", "args", "async", "become", "become_exe", "become_flags", "become_method", "become_user",
        "changed_when", "check_mode", "collections", "connection", "debugger", "delay", "delegate_facts",
        "delegate_to", "diff", "environment", "failed_when", "ignore_errors", "ignore_unreachable", "listen", "loop",
        "loop_control", "module_defaults", "name", "no_log", "notify", "poll", "port", "register", "remote_user",
        "retries", "run_once", "tags", "throttle", "timeout", "until", "vars", "when", "rescue", "always",
    };

    /// <summary>Actions that pull another tasks file into this one.</summary>
    public static readonly HashSet<string> TaskIncludes = new(StringComparer.Ordinal)
    {
        "include_tasks", "import_tasks", "include", "ansible.builtin.include_tasks", "ansible.builtin.import_tasks",
        "ansible.builtin.include", "ansible.legacy.include_tasks", "ansible.legacy.import_tasks",
    };

    /// <summary>Whether <paramref name="key"/> is a keyword (including the <c>with_*</c> loops).</summary>
    public static bool IsKeyword(string key) => Keywords.Contains(key) || key.StartsWith("with_", StringComparison.Ordinal);
}
