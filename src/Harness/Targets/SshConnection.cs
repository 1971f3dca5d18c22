using System.Net.Sockets;
using IacTest.Harness.Secrets;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace IacTest.Harness.Targets;

/// <summary>
/// One authenticated SSH connection, through a jump host when one is set (a local port forwarded over the jump
/// host's own connection), with the host key judged against known_hosts before any credential is sent.
/// </summary>
internal sealed class SshConnection : IDisposable
{
    private readonly SshConnection? _jump;
    private readonly ForwardedPortLocal? _forward;
    private readonly List<IDisposable> _keys;

    private SshConnection(SshClient client, SshConnection? jump, ForwardedPortLocal? forward, List<IDisposable> keys)
    {
        Client = client;
        _jump = jump;
        _forward = forward;
        _keys = keys;
    }

    public SshClient Client { get; }

    public static async Task<SshConnection> OpenAsync(ITargetHost host, SshHostOptions options, CancellationToken ct)
    {
        SshConnection? jump = null;
        ForwardedPortLocal? forward = null;
        var (address, port) = (options.Address, options.Port);
        if (options.JumpHost is { } jumpHost)
        {
            // The jump host's name is looked up in the ssh client configuration too, as ssh's ProxyJump does.
            var jumpOptions = SshClientConfig.Resolve(jumpHost);
            jump = await OpenAsync(new JumpHostName(jumpOptions, host), jumpOptions, ct).ConfigureAwait(false);
            try
            {
                forward = new ForwardedPortLocal("127.0.0.1", options.Address, (uint)options.Port);
                jump.Client.AddForwardedPort(forward);
                forward.Start();
            }
            catch (Exception e) when (e is SshException or SocketException)
            {
                jump.Dispose();
                throw new TargetException(host, TargetFailure.Unreachable, $"cannot forward a port through jump host {jumpOptions.Address} ({SshHost.Clean(e)})", e);
            }

            (address, port) = ("127.0.0.1", (int)forward.BoundPort);
        }

        var keys = new List<IDisposable>();
        var methods = new List<AuthenticationMethod>();
        try
        {
            if (options.PrivateKeyFile is { } keyFile)
            {
                var key = options.PrivateKeyPassphrase is { } passphrase
                    ? new PrivateKeyFile(keyFile, passphrase.Reveal())
                    : new PrivateKeyFile(keyFile);
                keys.Add(key);
                methods.Add(new PrivateKeyAuthenticationMethod(options.User, key));
            }
        }
        catch (Exception e) when (e is SshException or IOException or UnauthorizedAccessException)
        {
            // The library's message names the file or the format, never the key itself.
            Close(jump, forward, keys);
            throw new TargetException(host, TargetFailure.AuthenticationRefused, $"cannot load the private key {options.PrivateKeyFile}: {SshHost.Clean(e)}", e);
        }

        if (options.AgentSocket is { } agentSocket)
        {
            try
            {
                // The agent is asked once, before connecting: its keys, then one signature per key tried.
                var agent = SshAgentClient.Connect(agentSocket, options.ConnectTimeout);
                keys.Add(agent);
                var agentKeys = agent.ListKeys().Select(k => new SshAgentKey(agent, k.Blob, k.Comment)).ToArray();
                if (agentKeys.Length > 0)
                {
                    methods.Add(new PrivateKeyAuthenticationMethod(options.User, agentKeys));
                }
            }
            catch (IOException) when (options.PrivateKeyFile is not null || options.Password is not null)
            {
                // As ssh does: an agent that cannot be reached is passed over when there are other credentials.
            }
            catch (IOException e)
            {
                Close(jump, forward, keys);
                throw new TargetException(host, TargetFailure.AuthenticationRefused, $"no credential to offer: {SshHost.Clean(e)}", e);
            }
        }

        if (options.Password is { } password)
        {
            var method = new PasswordAuthenticationMethod(options.User, password.Reveal());
            keys.Add(method);
            methods.Add(method);
        }

        if (methods.Count == 0)
        {
            Close(jump, forward, keys);
            throw new TargetException(host, TargetFailure.AuthenticationRefused, $"no credential to offer: the ssh-agent at {options.AgentSocket} holds no keys");
        }

        var info = new ConnectionInfo(address, port, options.User, [.. methods]) { Timeout = options.ConnectTimeout };
        if (!options.PreferSntrupKeyExchange)
        {
            // Behind the classical curve25519 ones, not removed: a server that offers nothing else still connects.
            foreach (var name in info.KeyExchangeAlgorithms.Keys.Where(k => k.StartsWith("sntrup761", StringComparison.Ordinal)).ToList())
            {
                info.KeyExchangeAlgorithms.SetPosition(name, info.KeyExchangeAlgorithms.Count - 1);
            }
        }

        var client = new SshClient(info);
        string? keyProblem = null;
        var knownHosts = options.DisableHostKeyVerification ? null : KnownHosts.Load(options.KnownHostsFile);
        client.HostKeyReceived += (_, e) =>
        {
            if (knownHosts is null)
            {
                e.CanTrust = true;
                return;
            }

            // The name the user gave, not the forwarded 127.0.0.1: that is what known_hosts lists.
            var verdict = knownHosts.Judge(options.Address, options.Port, e.HostKeyName, e.HostKey);
            e.CanTrust = verdict == KnownHosts.Verdict.Trusted;
            var fingerprint = $"{e.HostKeyName} {SshHost.Fingerprint(e.HostKey)}";
            keyProblem = verdict switch
            {
                KnownHosts.Verdict.Unknown => $"host key {fingerprint} is not in {options.KnownHostsFile} (add it with ssh-keyscan, or set DisableHostKeyVerification for a throw-away host)",
                KnownHosts.Verdict.Changed => $"host key {fingerprint} differs from the key {options.KnownHostsFile} records for this host: it changed, or another machine answers in its place",
                KnownHosts.Verdict.Revoked => $"host key {fingerprint} is marked @revoked in {options.KnownHostsFile}",
                _ => null,
            };
        };

        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(options.ConnectTimeout);
            await client.ConnectAsync(limit.Token).ConfigureAwait(false);
            client.KeepAliveInterval = TimeSpan.FromSeconds(15);
            return new SshConnection(client, jump, forward, keys);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            client.Dispose();
            Close(jump, forward, keys);
            throw Explain(host, options, keyProblem, e);
        }
    }

    public void Dispose()
    {
        try
        {
            Client.Disconnect();
        }
        catch (Exception e) when (e is SshException or SocketException or ObjectDisposedException)
        {
            // Already gone: nothing to close.
        }

        Client.Dispose();
        Close(_jump, _forward, _keys);
    }

    private static void Close(SshConnection? jump, ForwardedPortLocal? forward, List<IDisposable> keys)
    {
        forward?.Dispose();
        jump?.Dispose();
        foreach (var key in keys)
        {
            key.Dispose();
        }
    }

    private static TargetException Explain(ITargetHost host, SshHostOptions options, string? keyProblem, Exception e) => e switch
    {
        _ when keyProblem is not null => new TargetException(host, TargetFailure.HostKeyMismatch, keyProblem, e),
        SshAuthenticationException => new TargetException(host, TargetFailure.AuthenticationRefused,
            $"user {options.User} was refused ({SshHost.Clean(e)}); offered: {Offered(options)}", e),
        SshOperationTimeoutException or OperationCanceledException or TimeoutException => new TargetException(host, TargetFailure.Timeout,
            $"no SSH answer within {options.ConnectTimeout.TotalSeconds:0.#} s", e),
        SocketException socket => new TargetException(host, TargetFailure.Unreachable, $"cannot connect ({socket.SocketErrorCode}: {SshHost.Clean(e)})", e),
        SshConnectionException => new TargetException(host, TargetFailure.ConnectionLost, $"the connection failed ({SshHost.Clean(e)})", e),
        _ => new TargetException(host, TargetFailure.Other, $"cannot connect ({e.GetType().Name}: {SshHost.Clean(e)})", e),
    };

    private static string Offered(SshHostOptions options) => string.Join(", ", new[]
    {
        options.PrivateKeyFile is null ? null : $"key {options.PrivateKeyFile}",
        options.AgentSocket is null ? null : $"the keys of the ssh-agent at {options.AgentSocket}",
        options.Password is null ? null : "password",
    }.OfType<string>());

    /// <summary>The jump host as it is named in messages: through which host a connection failed.</summary>
    private sealed class JumpHostName(SshHostOptions options, ITargetHost target) : ITargetHost
    {
        public string Description => $"jump host {options.User}@{options.Address}:{options.Port} for {target.Description}";

        public Task<Targets.CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
