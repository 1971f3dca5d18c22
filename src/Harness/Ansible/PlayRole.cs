using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>A role applied by a play's <c>roles:</c> list.</summary>
/// <param name="Name">The role name (<c>role:</c> or <c>name:</c>, or the scalar).</param>
/// <param name="Node">The entry as written (holds <c>vars</c>, <c>tags</c>, …).</param>
public sealed record PlayRole(string Name, ModuleNode Node)
{
    /// <summary>Where the entry is written.</summary>
    public SourceLocation Location => Node.Location;
}
