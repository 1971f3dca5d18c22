using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Secrets;

public sealed class SecretHeaderTests
{
    // A one-request-at-a-time server that appends each request to /tmp/requests and answers "ok".
    private const string BusyboxServer = "while :; do printf 'HTTP/1.0 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok' | nc -l -p 8080 >> /tmp/requests; done";

    private const string PythonServer = """
        import socket
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 8080)); s.listen()
        while True:
            c, _ = s.accept(); data = b""
            while b"\r\n\r\n" not in data:
                chunk = c.recv(4096)
                if not chunk: break
                data += chunk
            open("/tmp/requests", "ab").write(data); c.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"); c.close()
        """;

    [DockerTheory]
    [InlineData("busybox")]   // no curl: the request goes through nc
    [InlineData("debian")]    // no curl, no nc: the request goes through bash's /dev/tcp
    public async Task A_secret_request_header_reaches_the_server_through_a_private_file_that_is_removed(string platform)
    {
        // Given: a server that records every request
        var key = SecretValue.Of("key-" + Guid.NewGuid().ToString("N"));
        var builder = platform == "busybox"
            ? new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithCommand("sh", "-c", BusyboxServer)
            : new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython).WithCommand("python3", "-c", PythonServer);
        await using var env = await builder.StartAsync();

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
