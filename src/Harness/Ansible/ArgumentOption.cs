using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>One option of a role's <c>argument_specs</c> entry point.</summary>
public sealed class ArgumentOption
{
    /// <summary>The option (variable) name.</summary>
    public required string Name { get; init; }

    /// <summary>The declared type (<c>str</c> when none is given, as in Ansible).</summary>
    public string Type { get; init; } = "str";

    /// <summary>Whether the option must be given.</summary>
    public bool Required { get; init; }

    /// <summary>The spec's default, or null.</summary>
    public ModuleNode? Default { get; init; }

    /// <summary>The allowed values, when restricted.</summary>
    public IReadOnlyList<object?> Choices { get; init; } = [];

    /// <summary>For <c>type: list</c>: the type of each element, or null.</summary>
    public string? Elements { get; init; }

    /// <summary>Nested options of a <c>dict</c> (or of each element of a <c>list</c> of dicts).</summary>
    public IReadOnlyDictionary<string, ArgumentOption> Options { get; init; } = new Dictionary<string, ArgumentOption>();

    /// <summary>The description as one string (list descriptions joined with spaces).</summary>
    public string? Description { get; init; }

    /// <summary>Where the option is declared.</summary>
    public required SourceLocation Location { get; init; }
}
