using Xunit.Abstractions;

namespace AnsibleNginx.Tests;

/// <summary>The converged machine, checked from inside the container with the C# smoke-check DSL.</summary>
[Collection(ConvergedNginxCollection.Name)]
public sealed class SmokeTests(ConvergedNginx nginx, ITestOutputHelper output)
{
    [DockerFact]
    public async Task Nginx_serves_the_configured_site()
    {
        await new SmokeChecks(nginx.Environment)
            .WithRetry(TimeSpan.FromSeconds(10))
            .WithOutput(output.WriteLine)
            .Package("nginx", p => p.Installed())
            .Service("nginx", s => s.Enabled().Running())
            .Process("nginx", p => p.Running())
            .Port("tcp:80", p => p.Listening().OnAddress("0.0.0.0"))
            .Http("http://localhost/", h => h.Status(200L).BodyContains("Hello from the ansible-nginx sample."))
            .File("/etc/nginx/sites-available/site.conf", f => f.IsFile().Mode("0644").Owner("root").Contains("server_name www.example.test;"))
            .File("/etc/nginx/sites-enabled/site.conf", f => f.IsSymlink().LinkedTo("/etc/nginx/sites-available/site.conf"))
            .File("/etc/nginx/sites-enabled/default", f => f.Absent())
            .Command("nginx -t", c => c.ExitCode(0L).StderrContains("syntax is ok"))
            .AssertAsync();
    }
}
