using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>A variable set by a role's <c>defaults</c> or <c>vars</c>.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Location">Where the variable's key is written.</param>
public sealed record RoleVariable(string Name, ModuleNode Value, SourceLocation Location)
{
    /// <summary>The value as plain .NET values (YAML 1.1 typing, as Ansible loads it).</summary>
    public object? PlainValue => Value.ToPlain();
}
