namespace AnsibleNginx.Tests;

/// <summary>The role read as data: conventions a reviewer would otherwise check by eye.</summary>
public sealed class RoleModelTests
{
    private static readonly AnsibleRole Nginx = AnsibleRole.Load(SamplePaths.NginxRole);

    [Fact]
    public void Every_task_and_handler_names_its_module_by_its_fully_qualified_name()
    {
        // Then
        Nginx.Diagnostics.ShouldBeEmpty();
        Nginx.AllTasks.Concat(Nginx.Handlers).ShouldAllBe(task => task.Action.StartsWith("ansible.builtin."));
    }

    [Fact]
    public void Every_notification_reaches_a_handler()
    {
        // Given
        var handlers = Nginx.Handlers.Select(handler => handler.Name).ToList();

        // Then
        handlers.ShouldBe(["Reload nginx"]);
        Nginx.AllTasks.SelectMany(task => task.Notify).Distinct().ShouldAllBe(name => handlers.Contains(name));
    }

    [Fact]
    public void Every_template_is_written_by_a_task()
    {
        // Given
        var written = Nginx.AllTasks.Where(task => task.ShortAction == "template").Select(task => task.Argument("src")).ToList();

        // Then
        Nginx.Templates.Select(template => template.RelativePath).ShouldBe(["index.html.j2", "site.conf.j2"], ignoreOrder: true);
        written.ShouldBe(["site.conf.j2", "index.html.j2"], ignoreOrder: true);
    }

    [Fact]
    public void The_package_comes_from_a_fresh_cache_and_the_service_runs_at_boot()
    {
        // When
        var install = Nginx.Task("Install nginx");
        var service = Nginx.Task("Start nginx and enable it at boot");

        // Then
        install.Argument("name").ShouldBe("nginx");
        install.Arguments!["update_cache"]!.ToPlain().ShouldBe(true);
        service.Argument("state").ShouldBe("started");
        service.Arguments!["enabled"]!.ToPlain().ShouldBe(true);
    }

    [Fact]
    public void Every_default_is_declared_in_the_argument_specs()
    {
        // Then
        var options = Nginx.ArgumentSpecs["main"].Options;
        Nginx.Defaults.Keys.ShouldAllBe(name => options.ContainsKey(name));
        options["nginx_server_name"].Required.ShouldBeTrue();
    }
}
