using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>One value that does not satisfy a role's argument specs.</summary>
/// <param name="Path">The variable path, e.g. <c>app_users[1].name</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">Where the value (or, for a missing one, the option) is written; null for given values.</param>
public sealed record ArgumentValidationError(string Path, string Message, SourceLocation? Location)
{
    /// <inheritdoc />
    public override string ToString() => Location is null ? $"{Path}: {Message}" : $"{Path}: {Message} ({Location})";
}
