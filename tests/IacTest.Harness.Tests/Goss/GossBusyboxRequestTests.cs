using IacTest.Harness.Environments;
using IacTest.Harness.Goss;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>busybox has no curl: a goss http request with a body and credentials goes through nc.</summary>
public sealed class GossBusyboxRequestTests
{
    // Records each request (head lines, then exactly Content-Length bytes of body) in /tmp/requests and answers "ok";
    // reading the body before answering matters: a server that answers at once may close before the body arrives.
    private const string Handler = """
        #!/bin/sh
        len=0
        cr=$(printf '\r')
        while IFS= read -r line; do
          line=${line%"$cr"}
          echo "$line" >> /tmp/requests
          case "$line" in Content-Length:*) len=${line#Content-Length: } ;; "") break ;; esac
        done
        if [ "$len" -gt 0 ]; then head -c "$len" >> /tmp/requests; echo >> /tmp/requests; fi
        printf 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'
        """;

    [DockerFact]
    public async Task Body_and_credentials_reach_the_server_through_nc_and_the_password_is_never_shown()
    {
        // Given: a vars file with the password as a secret, and a goss file that posts with basic auth
        var folder = Directory.CreateTempSubdirectory("iactest-goss-").FullName;
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(Path.Combine(folder, "vars.yaml"), $"hook:\n  user: ci\n  password: \"{password}\"\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "goss.yaml"), """
            http:
              http://127.0.0.1:8080/hooks/deploy:
                method: POST
                request-body: '{{ printf "{\"ref\": %q}" "main" }}'
                username: {{ .Vars.hook.user }}
                password: {{ .Vars.hook.password }}
                status: 200
                body: [ok]
                timeout: 5000
            """);
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithFileContent("/srv/handler.sh", Handler)
            .WithCommand("sh", "-c", "cp /srv/handler.sh /handler && chmod +x /handler && exec nc -ll -p 8080 -e /handler").StartAsync();
        var suite = GossSuite.Load(Path.Combine(folder, "goss.yaml"), Harness.Checks.RetryPolicy.For(TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250)),
            GossVars.Load(Path.Combine(folder, "vars.yaml"), "hook.password"));

        // When
        var report = await suite.RunAsync(env);

        // Then
        report.Passed.ShouldBeTrue(report.Describe());
        var requests = await env.ReadFileAsync("/tmp/requests");
        var credentials = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ci:" + password));
        requests.ShouldContain($"POST /hooks/deploy HTTP/1.0\nHost: 127.0.0.1:8080\nConnection: close\nAuthorization: Basic {credentials}\nContent-Length: 15\n\n{{\"ref\": \"main\"}}\n");
        SecretMasker.Shared.Mask(requests).ShouldNotContain(credentials);
        report.Describe().ShouldNotContain(password);
        report.Results[0].Evidence.ShouldAllBe(e => !e.Command.Contains(password) && !e.Command.Contains(credentials));
        (await env.ShellAsync("ls -a /tmp")).Stdout.ShouldNotContain(".iactest-");
        Directory.Delete(folder, recursive: true);
    }
}
