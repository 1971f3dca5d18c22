using System.Text.Json.Nodes;

namespace IacTest.Harness.Converge;

/// <summary>The result of one task on one host.</summary>
public sealed class TaskOutcome
{
    /// <summary>The play's name.</summary>
    public required string Play { get; init; }

    /// <summary>The task's name without its role prefix (Ansible's name: the action when the task has none).</summary>
    public required string Task { get; init; }

    /// <summary>The role the task belongs to, or null for a play's own tasks.</summary>
    public string? Role { get; init; }

    /// <summary>The inventory name of the host.</summary>
    public required string Host { get; init; }

    /// <summary>How it ended.</summary>
    public required AnsibleTaskStatus Status { get; init; }

    /// <summary>The module, e.g. <c>ansible.builtin.apt</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Where the task is written (<c>file:line</c>), when Ansible knows it.</summary>
    public string? Path { get; init; }

    /// <summary>The message (<c>msg</c>, with stderr/stdout of commands), or null.</summary>
    public string? Message { get; init; }

    /// <summary>The module's whole result as Ansible reported it.</summary>
    public required JsonObject Result { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Status.ToString().ToLowerInvariant()}: [{Host}] {(Role is null ? string.Empty : Role + " : ")}{Task}{(Path is null ? string.Empty : $" ({Path})")}";
}
