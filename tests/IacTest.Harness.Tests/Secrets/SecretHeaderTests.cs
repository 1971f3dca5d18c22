using IacTest.Harness.Checks;
using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Secrets;

public sealed class SecretHeaderTests
{
    [DockerFact]
    public async Task A_secret_request_header_reaches_the_server_through_a_private_file_that_is_removed()
    {
        // Given: a server that records every request (busybox nc, so the check takes its raw-request path)
        var key = SecretValue.Of("key-" + Guid.NewGuid().ToString("N"));
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithCommand("sh", "-c", "while :; do printf 'HTTP/1.0 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok' | nc -l -p 8080 >> /tmp/requests; done")
            .StartAsync();

        // When
        var report = await new SmokeChecks(env).WithRetry(TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250))
            .Http("http://127.0.0.1:8080/status", h => h.RequestHeader("X-Api-Key", key).RequestHeader("Accept", "text/plain").Status(200L).BodyContains("ok"))
            .RunAsync();

        // Then: the server saw both headers; the file that carried them is gone; the evidence shows no key
        report.Passed.ShouldBeTrue(report.Describe());
        var requests = await env.ReadFileAsync("/tmp/requests");
        requests.ShouldContain($"GET /status HTTP/1.0\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\nX-Api-Key: {key.Reveal()}\r\nAccept: text/plain\r\n\r\n");
        (await env.ShellAsync("ls -a /tmp")).Stdout.ShouldNotContain(".iactest-headers-");
        report.Results[0].Evidence.ShouldAllBe(e => !e.Command.Contains(key.Reveal()));
    }
}
