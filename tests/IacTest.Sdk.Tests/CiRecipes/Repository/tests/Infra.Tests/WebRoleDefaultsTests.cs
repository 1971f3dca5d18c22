namespace Infra.Tests;

public class WebRoleDefaultsTests
{
    private static readonly string Project = typeof(WebRoleDefaultsTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "IacTest.ProjectDirectory").Value!;

    [Fact]
    public void The_site_listens_on_port_80_by_default()
    {
        var defaults = File.ReadAllLines(Path.Combine(Project, "../../infra/ansible/roles/web/defaults/main.yml"));

        defaults.ShouldContain("web_listen_port: 80");
    }
}
