namespace IacTest.Lint.Classification;

/// <summary>Groups of file kinds.</summary>
public static class FileKindExtensions
{
    /// <summary>Whether the kind is Ansible content.</summary>
    public static bool IsAnsible(this FileKind kind) => kind is FileKind.AnsiblePlaybook or FileKind.AnsibleTasks
        or FileKind.AnsibleHandlers or FileKind.AnsibleVars or FileKind.AnsibleMeta or FileKind.AnsibleArgumentSpecs
        or FileKind.AnsibleInventory or FileKind.AnsibleRequirements or FileKind.AnsibleGalaxy;

    /// <summary>The ansible-lint name of the kind (<c>playbook</c>, <c>tasks</c>, …), or null.</summary>
    public static string? AnsibleLintName(this FileKind kind) => kind switch
    {
        FileKind.AnsiblePlaybook => "playbook",
        FileKind.AnsibleTasks => "tasks",
        FileKind.AnsibleHandlers => "handlers",
        FileKind.AnsibleVars => "vars",
        FileKind.AnsibleMeta => "meta",
        FileKind.AnsibleArgumentSpecs => "arg_specs",
        FileKind.AnsibleInventory => "inventory",
        FileKind.AnsibleRequirements => "requirements",
        FileKind.AnsibleGalaxy => "galaxy",
        _ => null,
    };
}
