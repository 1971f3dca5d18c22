using IacTest.Harness.Ansible;

namespace IacTest.Harness.Tests.Rendering;

/// <summary>The Galaxy-style roles the rendering tests use, from the output folder.</summary>
internal static class RenderingFixtures
{
    /// <summary>nginx with per-OS vars files, set_fact from __ values, loop templates and no argument specs.</summary>
    public static AnsibleRole NginxVhosts() => AnsibleRole.Load(Path.Combine(AppContext.BaseDirectory, "Rendering", "Roles", "nginx_vhosts"));

    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
}
