using IacTest.Harness.Secrets;

/// <summary>
/// The machine the statement examples of docs/smoke-checks.md are given as <c>env</c>: Debian with nginx serving its
/// welcome page on port 80 and a health endpoint on 8080 that wants the pipeline's token, a tmpfs cache, and a
/// database host <c>db</c> on the same network. The token is the pipeline's: it is in the test's environment
/// (<c>APP_TOKEN</c>) and the machine's.
/// </summary>
public sealed class NginxMachine : IAsyncLifetime
{
    private EnvironmentNetwork? _network;
    private IacEnvironment? _database;
    private IacEnvironment? _machine;

    /// <summary>The nginx machine.</summary>
    public IacEnvironment Environment => _machine ?? throw new InvalidOperationException("the nginx machine has not started");

    public async Task InitializeAsync()
    {
        var token = SecretValue.Of("docs-" + Guid.NewGuid().ToString("N"));
        System.Environment.SetEnvironmentVariable("APP_TOKEN", token.Reveal());
        _network = await EnvironmentNetwork.CreateAsync();
        _database = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.Busybox)
            .WithNetwork(_network, "db")
            .WithCommand("httpd", "-f", "-p", "5432")   // anything listening on the database's port
            .StartAsync();
        _machine = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.Debian)
            .WithNetwork(_network, "web")
            .WithTmpfs("/var/cache/nginx")
            .WithEnvironment("APP_TOKEN", token)
            .WithFileContent("/etc/nginx/conf.d/health.conf", File.ReadAllText(ProjectFiles.Path("health.conf")).Replace("APP_TOKEN", token.Reveal()))
            .StartAsync();
        var install = await _machine.ShellAsync(
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null && nginx");
        if (!install.Succeeded)
        {
            throw new InvalidOperationException($"nginx did not install and start (exit code {install.ExitCode}): {install.Stderr}");
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var environment in new[] { _machine, _database })
        {
            if (environment is not null)
            {
                await environment.DisposeAsync();
            }
        }

        if (_network is not null)
        {
            await _network.DisposeAsync();
        }
    }
}
