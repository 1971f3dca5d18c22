using IacTest.Harness.Ansible;

namespace IacTest.Harness.Tests.Modules;

public sealed class PlaybookTests
{
    [Fact]
    public void Plays_roles_tasks_handlers_and_imports_are_modelled_with_lines()
    {
        // When
        var playbook = Playbook.Load(TestPaths.Sample("playbook", "site.yml"));

        // Then
        playbook.Diagnostics.ShouldBeEmpty();
        playbook.Plays.Count.ShouldBe(2);
        var web = playbook.Plays[0];
        (web.Name, web.Hosts, web.Location.Line).ShouldBe(("Web servers", "web", 2));
        web.Vars!["http_port"]!.ToPlain().ShouldBe(80L);
        web.Roles.Select(r => (r.Name, r.Location.Line)).ShouldBe([("common", 12), ("nginx", 13)]);
        web.Roles[1].Node["vars"]!.GetText("nginx_port").ShouldBe("{{ http_port }}");
        web.PreTasks.Single().Name.ShouldBe("Update the apt cache");
        web.Handlers.Single().Location.Line.ShouldBe(20);
        var include = web.Tasks.Single();
        include.IncludeFile.ShouldBe("extra.yml");
        include.Included.Single().Name.ShouldBe("Open the firewall");
        include.Included.Single().Location.ShouldBe(new(TestPaths.Sample("playbook", "extra.yml"), 2, 3));
        playbook.Plays[1].ImportPlaybook.ShouldBe("db.yml");
        playbook.AllTasks.Select(t => t.Name).ShouldBe(["Update the apt cache", "Extra tasks", "Open the firewall", "Restart nginx"]);
    }
}
