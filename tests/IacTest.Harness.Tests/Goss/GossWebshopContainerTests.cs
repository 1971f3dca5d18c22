using IacTest.Harness.Goss;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>The webshop goss suite against a real machine: every attribute that runs offline, as goss would run it.</summary>
public sealed class GossWebshopContainerTests(WebshopFixture fixture) : IClassFixture<WebshopFixture>
{
    [DockerTheory]
    [GossData("Goss/Fixtures/webshop/goss.yaml", VarsFile = "Goss/Fixtures/webshop/vars.yaml", SecretVars = ["api.password"], RetryTimeoutSeconds = 15)]
    public Task Every_resource_passes(GossCase check) => check.AssertAsync(fixture.Environment);

    [DockerFact]
    public async Task The_server_received_what_the_http_attributes_say()
    {
        // Given
        var vars = GossVars.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/vars.yaml"), "api.password");
        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/goss.yaml"), Harness.Checks.RetryPolicy.For(TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(250)), vars);
        var http = suite.Resources.Where(r => r.Check.Type == "http").ToList();

        // When
        var results = new List<Harness.Checks.CheckResult>();
        foreach (var resource in http)
        {
            results.Add(await resource.Check.RunAsync(fixture.Environment));
        }

        // Then: each passed, and the recorded requests carry the method, headers, body, credentials and proxy form
        results.Where(r => !r.Passed).Select(r => r.Check.Label).ShouldBeEmpty();
        var requests = await fixture.Environment.ReadFileAsync("/tmp/requests");
        requests.ShouldContain("POST /api/items HTTP/1.0\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\nContent-Type: application/json\r\nX-Site: webshop\r\nContent-Length: 30\r\n\r\n{\"name\": \"blue-mug\", \"qty\": 3}");
        requests.ShouldContain("GET /admin HTTP/1.0\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\nAuthorization: Basic " + Convert.ToBase64String("shop-admin:s3cr3t-admin-pw"u8.ToArray()) + "\r\n\r\n");
        requests.ShouldContain("GET http://backend.internal/health HTTP/1.0\r\nHost: backend.internal\r\n");
        requests.ShouldContain("GET /health?verbose=1 HTTP/1.0\r\n");
        requests.ShouldNotContain("GET /cart/");
        (await fixture.Environment.ShellAsync("ls -a /tmp")).Stdout.ShouldNotContain(".iactest-");
    }

    [DockerFact]
    public async Task Wrong_expectations_fail_with_expected_and_actual()
    {
        // Given: the same attributes, expecting what the machine does not do
        var file = Path.Combine(Directory.CreateTempSubdirectory("iactest-goss-").FullName, "wrong.yaml");
        await File.WriteAllTextAsync(file, """
            http:
              http://127.0.0.1:8080/admin:
                username: shop-admin
                password: not-the-password
                status: 200
              http://127.0.0.1:8080/old-cart:
                no-follow-redirects: true
                status: 200
            addr:
              tcp://127.0.0.1:9:
                local-address: 127.0.0.1
                reachable: true
            mount:
              /scratch:
                usage: {gt: 90}
            matching:
              count:
                content: 3
                matches: {gt: 5}
            """);

        // When
        var report = await GossSuite.Load(file).RunAsync(fixture.Environment);

        // Then
        report.Failures.Select(f => f.Check.Label + " | " + string.Join(" | ", f.Outcomes.Where(o => !o.Passed).Select(o => o.Describe()))).ShouldBe([
            "http:http://127.0.0.1:8080/admin | status: expected 200, actual 401",
            "http:http://127.0.0.1:8080/old-cart | status: expected 200, actual 302",
            "addr:tcp://127.0.0.1:9 | reachable: expected true, actual false",
            "mount:/scratch | usage: expected gt 90, actual 0",
            "matching:count | matches: expected gt 5, actual 3",
        ]);
    }
}
