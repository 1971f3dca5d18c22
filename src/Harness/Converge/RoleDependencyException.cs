namespace IacTest.Harness.Converge;

/// <summary>
/// A role a playbook, a role's <c>meta/main.yml</c> or a <c>requirements.yml</c> names cannot be found locally; the
/// message names each missing role, where it is referenced and the folders searched. A run reports it as its error
/// (<see cref="AnsibleRunResult.Stderr"/>), before Ansible starts.
/// </summary>
public sealed class RoleDependencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RoleDependencyException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception naming the roles that are missing.</summary>
    public RoleDependencyException(string message, IReadOnlyList<string> missingRoles) : base(message) => MissingRoles = missingRoles;

    /// <summary>The names of the missing roles, as referenced.</summary>
    public IReadOnlyList<string> MissingRoles { get; } = [];

    /// <summary>Creates the exception.</summary>
    public RoleDependencyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RoleDependencyException(string message, Exception inner) : base(message, inner)
    {
    }
}
