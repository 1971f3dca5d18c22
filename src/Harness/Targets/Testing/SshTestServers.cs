using System.Net.Sockets;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Targets.Testing;

/// <summary>
/// Several real OpenSSH servers in throw-away containers (<see cref="BaseImage.DebianSshd"/>), to try checks over SSH
/// without a real fleet: each generates its own host keys at start, and one generated user key (plus, optionally, a
/// password) logs in as <see cref="User"/>, who may <c>sudo</c> without a password. A known_hosts file lists every
/// server's key, so host key checking stays on. No key is ever printed. Dispose to remove the containers and files.
/// </summary>
public sealed class SshTestServers : IAsyncDisposable
{
    // One ed25519 host key: made in milliseconds, where ssh-keygen -A's RSA key takes seconds per host on a busy machine.
    private const string StartCommand =
        "ssh-keygen -q -t ed25519 -N '' -f /etc/ssh/ssh_host_ed25519_key && exec /usr/sbin/sshd -D -e -h /etc/ssh/ssh_host_ed25519_key";

    private const string AddUser = """
        set -e
        useradd -m -s /bin/bash "$1"
        install -d -m 700 -o "$1" -g "$1" "/home/$1/.ssh"
        printf '%s\n' "$2" > "/home/$1/.ssh/authorized_keys"
        chown "$1:$1" "/home/$1/.ssh/authorized_keys"; chmod 600 "/home/$1/.ssh/authorized_keys"
        printf '%s ALL=(ALL) NOPASSWD:ALL\n' "$1" > "/etc/sudoers.d/$1"; chmod 440 "/etc/sudoers.d/$1"
        """;

    private readonly string _folder;

    private SshTestServers(string folder, TestKeyPair key, string knownHostsFile, IReadOnlyList<SshTestServer> servers, SecretValue? password)
    {
        _folder = folder;
        Key = key;
        KnownHostsFile = knownHostsFile;
        Servers = servers;
        Password = password;
    }

    /// <summary>The login user on every server.</summary>
    public const string User = "deploy";

    /// <summary>The servers, in start order.</summary>
    public IReadOnlyList<SshTestServer> Servers { get; }

    /// <summary>The user key every server accepts.</summary>
    public TestKeyPair Key { get; }

    /// <summary>A known_hosts file with every server's host keys.</summary>
    public string KnownHostsFile { get; }

    /// <summary>The password of <see cref="User"/>, when one was asked for.</summary>
    public SecretValue? Password { get; }

    /// <summary>A folder of this set (keys, known_hosts) where a test may write files of its own; removed with the servers.</summary>
    public string Folder => _folder;

    /// <summary>How to reach <paramref name="server"/> with the user key and host key checking on.</summary>
    public SshHostOptions OptionsFor(SshTestServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new SshHostOptions(server.Address)
        {
            Port = server.Port,
            User = User,
            PrivateKeyFile = Key.PrivateKeyFile,
            KnownHostsFile = KnownHostsFile,
            Name = server.Name,
        };
    }

    /// <summary>Starts <paramref name="count"/> servers named <c>{namePrefix}1…</c> in parallel.</summary>
    /// <param name="count">How many.</param>
    /// <param name="namePrefix">Their names' start.</param>
    /// <param name="password">Also lets <see cref="User"/> log in with this password.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<SshTestServers> StartAsync(int count, string namePrefix = "host", SecretValue? password = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var folder = Directory.CreateTempSubdirectory("iactest-ssh-").FullName;
        var key = TestKeyPair.Create(Path.Combine(folder, "id_rsa"));
        var starts = Enumerable.Range(1, count).Select(i => StartOneAsync($"{namePrefix}{i}", key, password, ct)).ToList();
        try
        {
            await Task.WhenAll(starts).ConfigureAwait(false);
        }
        catch
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.Server.Environment.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
            throw;
        }

        var knownHosts = Path.Combine(folder, "known_hosts");
        await File.WriteAllLinesAsync(knownHosts, starts.SelectMany(s => s.Result.KnownHostsLines), ct).ConfigureAwait(false);
        return new SshTestServers(folder, key, knownHosts, [.. starts.Select(s => s.Result.Server)], password);
    }

    /// <summary>Removes the containers and the key files.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.Environment.DisposeAsync().ConfigureAwait(false);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<(SshTestServer Server, IReadOnlyList<string> KnownHostsLines)> StartOneAsync(
        string name, TestKeyPair key, SecretValue? password, CancellationToken ct)
    {
        var environment = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.DebianSshd)
            .WithHostname(name)
            .WithCommand("/bin/sh", "-c", StartCommand)
            .StartAsync(ct).ConfigureAwait(false);
        try
        {
            (await environment.RunAsync(TargetCommand.Shell(AddUser, User, key.PublicKeyLine), ct).ConfigureAwait(false)).EnsureSuccess("adding the login user");
            if (password is not null)
            {
                // Through standard input: the password is in no process's arguments.
                var set = await environment.RunAsync(new TargetCommand(["chpasswd"]) { StandardInput = $"{User}:{password.Reveal()}\n" }, ct).ConfigureAwait(false);
                set.EnsureSuccess("setting the login password");
            }

            var address = environment.IpAddress;
            await WaitForSshAsync(environment, address, 22, ct).ConfigureAwait(false);
            var hostKeys = await environment.RunAsync(TargetCommand.Shell("cat /etc/ssh/ssh_host_*_key.pub"), ct).ConfigureAwait(false);
            var lines = hostKeys.EnsureSuccess("reading the host keys").Stdout
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(' '))
                .Where(fields => fields.Length >= 2)
                .Select(fields => $"{address} {fields[0]} {fields[1]}")
                .ToList();
            return (new SshTestServer(name, environment, address, 22), lines);
        }
        catch
        {
            await environment.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task WaitForSshAsync(IacEnvironment environment, string address, int port, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(address, port, ct).ConfigureAwait(false);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                var logs = await environment.GetLogsAsync(ct).ConfigureAwait(false);
                throw new EnvironmentStartException($"sshd in {environment.Description} did not listen on {address}:{port} within 60 s: {e.Message}; its log:\n{logs}", e);
            }
        }
    }
}
