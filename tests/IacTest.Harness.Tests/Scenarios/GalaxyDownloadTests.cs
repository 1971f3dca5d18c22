using System.Net;
using System.Net.Sockets;
using IacTest.Harness.Converge;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class GalaxyDownloadTests
{
    private const string MoleculeConverge = "Scenarios/Projects/galaxy/roles/web_motd/molecule/default/converge.yml";

    [Fact]
    public async Task A_Galaxy_server_that_answers_is_asked_for_the_missing_role_and_its_refusal_is_reported()
    {
        // Given: a server that answers every request with 404 — reachable, but it has no acme.banner
        using var server = new HttpListener();
        var port = FreePort();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var requests = new List<string>();
        var serving = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await server.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                lock (requests)
                {
                    requests.Add(context.Request.Url!.AbsolutePath);
                }

                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        });
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath("Scenarios/Projects/galaxy/roles")
            .WithGalaxyServer($"http://127.0.0.1:{port}")
            .WithContainer("not-started", "instance");

        // When
        var result = await run.RunAsync();
        server.Stop();
        await serving;

        // Then: probed, then asked by ansible-galaxy; the role is still missing, and the run says why
        result.Succeeded.ShouldBeFalse();
        requests.ShouldContain("/api/");
        requests.Count.ShouldBeGreaterThan(1, "ansible-galaxy itself asked the server");
        result.Stderr.ShouldStartWith("ERROR! 1 role(s) the run needs are not available locally:\n  - the role 'acme.banner' was not found");
        result.Stderr.Split('\n').ShouldContain(line => line.StartsWith($"Not downloaded: ansible-galaxy role install failed on http://127.0.0.1:{port}: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_secret_in_the_reason_a_role_was_not_downloaded_is_masked()
    {
        // Given: a Galaxy server whose address carries a registered secret, and that does not answer
        var token = "galaxy-token-" + Guid.NewGuid().ToString("N");
        SecretMasker.Shared.Add(token);
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath("Scenarios/Projects/galaxy/roles")
            .WithGalaxyServer($"http://{token}.invalid")
            .WithContainer("not-started", "instance");

        // When
        var result = await run.RunAsync();

        // Then: the reason names the server, without the secret
        result.Succeeded.ShouldBeFalse();
        result.Stderr.ShouldContain($"Not downloaded: the Galaxy server http://{SecretMasker.Placeholder}.invalid does not answer (");
        result.Stderr.ShouldNotContain(token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
