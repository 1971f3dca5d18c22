using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>One entry point of a role's argument specs (<c>main</c>, or the name of another tasks file).</summary>
public sealed class ArgumentEntryPoint
{
    /// <summary>The entry point name.</summary>
    public required string Name { get; init; }

    /// <summary>The short description, or null.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>The options by name, in declaration order.</summary>
    public required IReadOnlyDictionary<string, ArgumentOption> Options { get; init; }

    /// <summary>Where the entry point is declared.</summary>
    public required SourceLocation Location { get; init; }
}
