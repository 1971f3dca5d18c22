using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using IacTest.Harness.Secrets;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace IacTest.Harness.Targets;

/// <summary>
/// A server reached over SSH (SSH.NET): one connection, opened on first use and shared by concurrent commands (each
/// its own channel, at most <see cref="SshHostOptions.MaxConcurrentCommands"/> at once). Nothing is installed on the
/// host: commands are plain POSIX shell. Authentication by key file, the keys of an ssh-agent and/or a password, in
/// that order. Every failure is a <see cref="TargetException"/> naming the host.
/// </summary>
public sealed class SshHost : ITargetHost, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly SemaphoreSlim _channels;
    private SshConnection? _connection;
    private int _disposed;

    /// <summary>
    /// A host reached with <paramref name="options"/>, completed from their ssh client configuration file; nothing
    /// connects until the first command.
    /// </summary>
    /// <exception cref="SshClientConfigException">The ssh client configuration file cannot be read or holds a value ssh would refuse.</exception>
    public SshHost(SshHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = SshClientConfig.Resolve(options);
        if (options.PrivateKeyFile is null && options.Password is null && options.AgentSocket is null)
        {
            throw new ArgumentException($"ssh {options.User}@{options.Address}: give a private key file, an ssh-agent socket or a password", nameof(options));
        }

        Options = options;
        _channels = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentCommands));
    }

    /// <summary>How the host is reached: the options given, completed from the ssh client configuration.</summary>
    public SshHostOptions Options { get; }

    /// <inheritdoc />
    public string Description => Options.Name is { } name
        ? $"{name} (ssh {Options.User}@{Options.Address}:{Options.Port})"
        : $"ssh {Options.User}@{Options.Address}:{Options.Port}";

    /// <summary>Commands sent so far (each one SSH channel): the round trips a run cost.</summary>
    public int CommandCount => _commandCount;

    private int _commandCount;

    /// <summary>Connects now (a no-op when connected): a host that cannot be reached fails here with its reason.</summary>
    public async Task ConnectAsync(CancellationToken ct = default) => _ = await ConnectionAsync(ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Arguments.Count == 0)
        {
            throw new ArgumentException("a command needs at least a program", nameof(command));
        }

        var connection = await ConnectionAsync(ct).ConfigureAwait(false);
        var line = PosixQuoting.Join(Options.Become
            ? ["sudo", "-n", "-u", Options.BecomeUser, "--", .. command.Arguments]
            : command.Arguments);
        var timeout = command.Timeout ?? Options.CommandTimeout;
        await _channels.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _commandCount);
            using var ssh = connection.Client.CreateCommand(line);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            var run = ssh.ExecuteAsync(limit.Token);
            if (command.StandardInput is { } input)
            {
                using var stdin = ssh.CreateInputStream();
                var bytes = Encoding.UTF8.GetBytes(input);
                await stdin.WriteAsync(bytes, limit.Token).ConfigureAwait(false);
            }

            await run.ConfigureAwait(false);
            return new CommandResult(ssh.ExitStatus ?? -1, ssh.Result, ssh.Error);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TargetException(this, TargetFailure.CommandTimeout, $"{command.Arguments[0]} did not finish within {timeout.TotalSeconds:0.#} s");
        }
        // An aborted connection can surface before the client notices it is disconnected: that exception alone says so.
        catch (Exception e) when (e is SshConnectionException
            || (e is SshException or SocketException or ObjectDisposedException or InvalidOperationException && !connection.Client.IsConnected))
        {
            Reset(connection);
            throw new TargetException(this, TargetFailure.ConnectionLost, $"the connection was lost while {command.Arguments[0]} ran ({Clean(e)})", e);
        }
        finally
        {
            _channels.Release();
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default)
    {
        // base64 keeps the bytes whole through a text channel; cat through sudo reads what the login user cannot.
        var result = await RunAsync(TargetCommand.Shell("base64 < \"$1\"", path), ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new TargetException(this, TargetFailure.Other, $"cannot read {path}: {result.Stderr.Trim()}");
        }

        return Convert.FromBase64String(string.Concat(result.Stdout.Where(c => !char.IsWhiteSpace(c))));
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _connection?.Dispose();
        _connecting.Dispose();
        _channels.Dispose();
    }

    private async Task<SshConnection> ConnectionAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        if (_connection is { } open && open.Client.IsConnected)
        {
            return open;
        }

        await _connecting.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_connection is { } other && other.Client.IsConnected)
            {
                return other;
            }

            _connection?.Dispose();
            _connection = null;
            _connection = await SshConnection.OpenAsync(this, Options, ct).ConfigureAwait(false);
            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    private void Reset(SshConnection connection)
    {
        if (ReferenceEquals(_connection, connection))
        {
            _connection = null;
            connection.Dispose();
        }
    }

    /// <summary>An exception's message without a trailing period, masked (a library message may echo what it was given).</summary>
    internal static string Clean(Exception e) => SecretMasker.Shared.Mask(e.Message.TrimEnd('.'));

    /// <summary>The SHA256 fingerprint ssh prints (<c>SHA256:</c> + unpadded base64).</summary>
    internal static string Fingerprint(byte[] key) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(key)).TrimEnd('=');
}
