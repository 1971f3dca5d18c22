namespace RoleProject.Tests;

/// <summary>
/// The role read as data and rendered by the real Ansible, without a container: conventions a reviewer would check by
/// eye, and meta/argument_specs.yml applied as Ansible applies it when the role starts.
/// </summary>
public sealed class RoleTests
{
    private static readonly AnsibleRole Role = AnsibleRole.Load(ProjectFiles.Path("roles", "webapp"));

    [Fact]
    public void The_role_loads_cleanly()
    {
        // Then: every file parses and every include exists, or the problem is named with its file and line
        Role.Diagnostics.ShouldBeEmpty();
        Role.AllTasks.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_defaults_satisfy_the_argument_specs_and_each_is_declared()
    {
        // When
        var errors = Role.ValidateArguments();

        // Then
        errors.ShouldBeEmpty();
        var options = Role.ArgumentSpecs["main"].Options;
        Role.Defaults.Keys.ShouldAllBe(name => options.ContainsKey(name));
    }

    [Fact]
    public void A_log_level_outside_its_choices_is_reported_by_its_name()
    {
        // When
        var errors = Role.ValidateArguments(new Dictionary<string, object?> { ["webapp_log_level"] = "verbose" });

        // Then
        errors.ShouldHaveSingleItem().Path.ShouldBe("webapp_log_level");
    }

    [Fact]
    public void Every_task_names_its_module_by_its_fully_qualified_name()
    {
        Role.AllTasks.ShouldAllBe(task => task.Action.StartsWith("ansible.builtin."));
    }

    [Fact]
    public async Task The_configuration_listens_on_the_port_it_is_given()
    {
        // When: the real Ansible renders the template on this machine
        var text = await new AnsibleTemplateRenderer().RenderAsync(Role, "webapp.conf.j2",
            new Dictionary<string, object?> { ["webapp_port"] = 9090 });

        // Then
        text.ShouldContain("listen = 0.0.0.0:9090\n");
        text.ShouldContain("log_level = info\n");
    }
}
