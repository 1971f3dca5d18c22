using System.Diagnostics;
using IacTest.Harness.Discovery;
using IacTest.Harness.Drift;
using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Drift;

/// <summary>
/// A small fleet for configuration drift: two Debian containers converged with Drift/Repository/site.yml, then one
/// of them changed by hand, and a third inventory host that does not exist. The drift check runs once, between two
/// snapshots of the hosts' files; the tests read its report. A set-up failure is rethrown by every test.
/// </summary>
public sealed class DriftFleetFixture : IAsyncLifetime
{
    /// <summary>The token the application template writes: a secret, so it must never show in a report.</summary>
    public static readonly SecretValue AppToken = SecretValue.Of("tok-4f9a27c1e0b84d55a1d3");

    private readonly List<IacEnvironment> _hosts = [];
    private Exception? _failure;
    private DriftReport? _report;

    public static string Repository => ProjectFiles.Path("Drift", "Repository");

    public string InventoryPath { get; private set; } = string.Empty;

    public DriftReport Report => _failure is null ? _report! : throw new InvalidOperationException($"the drift fleet did not start: {_failure.Message}", _failure);

    /// <summary>Each host's files before and after the drift check (path, mode, owner, content hash).</summary>
    public Dictionary<string, (string Before, string After)> Snapshots { get; } = new(StringComparer.Ordinal);

    public string Transcript { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!(await DockerEngine.ProbeAsync()).IsAvailable && !DockerEngine.EngineRequired)
        {
            _failure = new EngineUnavailableException(DockerEngine.UnavailableReason!);
            return;
        }

        try
        {
            var builder = new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython);
            _hosts.AddRange(await Task.WhenAll(builder.StartAsync(), builder.StartAsync()));
            InventoryPath = WriteInventory();
            await ConvergeAsync();
            var drifted = _hosts[1];
            // Hand-made changes Git does not describe: a line added to the banner, a looser folder, an edited setting.
            (await drifted.ShellAsync("echo 'maintenance tonight - bob' >> /etc/motd && chmod 0777 /srv/www && sed -i 's/^workers = 4/workers = 16/' /etc/app.conf")).EnsureSuccess();

            var before = await Task.WhenAll(_hosts.Select(SnapshotAsync));
            var transcript = new System.Text.StringBuilder();
            _report = await ConfigurationDriftCheck.For(Path.Combine(Repository, "site.yml"), InventoryPath)
                .WithRepositoryRoot(Repository)
                .WithVariable("app_token", AppToken)
                .WithOutput(line => transcript.AppendLine(line))
                .RunAsync();
            Transcript = transcript.ToString();
            var after = await Task.WhenAll(_hosts.Select(SnapshotAsync));
            for (var i = 0; i < _hosts.Count; i++)
            {
                Snapshots[$"web{i + 1}"] = (before[i], after[i]);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failure = e;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (InventoryPath.Length > 0)
        {
            Directory.Delete(Path.GetDirectoryName(InventoryPath)!, recursive: true);
        }
    }

    // web1 and web2 are the containers; ghost names a container that does not exist, so it is unreachable.
    private string WriteInventory()
    {
        var folder = Directory.CreateTempSubdirectory("iactest-drift-inventory-").FullName;
        var path = Path.Combine(folder, "hosts.yml");
        var hosts = string.Concat(_hosts.Select((host, i) => $"""
                web{i + 1}:
                  ansible_host: {host.ContainerName}

            """));
        File.WriteAllText(path, $"""
            webservers:
              vars:
                ansible_connection: community.docker.docker
                ansible_python_interpreter: /usr/bin/python3
              hosts:
            {hosts}    ghost:
                  ansible_host: iactest-drift-no-such-container-{Guid.NewGuid():N}
            """);
        return path;
    }

    private async Task ConvergeAsync()
    {
        var extraVars = Path.Combine(Path.GetDirectoryName(InventoryPath)!, "converge-vars.json");
        await File.WriteAllTextAsync(extraVars, $"{{\"app_token\": \"{AppToken.Reveal()}\"}}");
        var start = new ProcessStartInfo("ansible-playbook")
        {
            ArgumentList = { "-i", InventoryPath, "--limit", "web1,web2", "-e", "@" + extraVars, Path.Combine(Repository, "site.yml") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ANSIBLE_NOCOLOR"] = "1", ["ANSIBLE_ROLES_PATH"] = Path.Combine(Repository, "roles") },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"converging the fleet failed:\n{SecretMasker.Shared.Mask(await stdout)}\n{SecretMasker.Shared.Mask(await stderr)}");
        }
    }

    // Every file under the folders a playbook could touch: path, mode, owner and content hash, sorted.
    private static async Task<string> SnapshotAsync(IacEnvironment host) =>
        (await host.ShellAsync("find /etc /srv /var/tmp /opt /usr/local -xdev \\( -type f -o -type d -o -type l \\) -printf '%p %m %u:%g %s\\n' | sort; "
            + "find /etc /srv /var/tmp /opt /usr/local -xdev -type f -exec sha256sum {} + | sort")).EnsureSuccess().Stdout;
}
