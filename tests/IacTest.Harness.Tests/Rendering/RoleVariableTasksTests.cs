using IacTest.Harness.Rendering;
using static IacTest.Harness.Tests.Rendering.RenderingFixtures;

namespace IacTest.Harness.Tests.Rendering;

public sealed class RoleVariableTasksTests
{
    [Fact]
    public void Only_the_variable_tasks_run_before_rendering_inside_the_include_that_holds_them()
    {
        // Given: main.yml imports variables.yml (include_vars, two set_facts), then installs, templates, starts
        var role = NginxVhosts();

        // When
        var tasks = RoleVariableTasks.Of(role);

        // Then: one block for the import, holding the three variable tasks named with their place in the role
        var block = tasks.ShouldHaveSingleItem().ShouldBeOfType<Dictionary<string, object?>>();
        block.Keys.ShouldBe(["block"]);
        var children = block["block"].ShouldBeOfType<List<object?>>().Cast<Dictionary<string, object?>>().ToList();
        children.Select(task => task["name"]!.ToString()!.Split(" (")[0]).ShouldBe(["Include OS-specific variables", "Define nginx_user", "Define nginx_packages"]);
        children[0]["name"]!.ToString().ShouldEndWith($"{Path.Combine(role.Directory, "tasks", "variables.yml")}:2:3)");
        children[0]["ansible.builtin.include_vars"].ShouldBe("{{ ansible_os_family }}.yml");
        children[1]["when"].ShouldBe("nginx_user is not defined");
    }
}
