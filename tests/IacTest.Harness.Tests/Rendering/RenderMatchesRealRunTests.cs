using IacTest.Harness.Converge;
using IacTest.Harness.Rendering;
using IacTest.Harness.Tests.Converge;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;
using static IacTest.Harness.Tests.Rendering.RenderingFixtures;

namespace IacTest.Harness.Tests.Rendering;

/// <summary>A render "as on Debian 12" is compared with what a real run writes on a Debian 12 container.</summary>
public sealed class RenderMatchesRealRunTests(DebianTargetFixture target, ITestOutputHelper output) : IClassFixture<DebianTargetFixture>
{
    [DockerFact]
    public async Task Rendering_as_on_Debian_12_writes_what_a_real_run_on_Debian_12_writes()
    {
        // Given: the role's variable tasks and templates run for real, with all facts gathered on the container
        var role = NginxVhosts();
        await AnsiblePlaybookRun.Playbook(Path.Combine(AppContext.BaseDirectory, "Rendering", "Playbooks", "write-nginx-config.yml"))
            .WithRolesPath(Path.Combine(AppContext.BaseDirectory, "Rendering", "Roles"))
            .WithEnvironment(target.Environment)
            .WithOutput(output.WriteLine)
            .ConvergeAsync();
        var item = Vars(("server_name", "example.com www.example.com"), ("root", "/srv/www/example"), ("listen", 8080));

        // When: the same templates rendered without a machine
        var rendered = await new AnsibleTemplateRenderer { Facts = PlatformFacts.Debian12 }.RenderTemplatesAsync(role, ["nginx.conf.j2", "vhost.j2"], Vars(("item", item)));

        // Then
        rendered[0].EnsureText().ShouldBe(await target.Environment.ReadFileAsync("/tmp/nginx.conf"));
        rendered[1].EnsureText().ShouldBe(await target.Environment.ReadFileAsync("/tmp/vhost.conf"));
    }
}
