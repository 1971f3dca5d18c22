using System.Text;
using IacTest.Harness.Engine;
using IacTest.Harness.Reaping;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Environments;

/// <summary>
/// A running throw-away environment. Dispose it (<c>await using</c>) to remove it; it is also removed on Ctrl-C
/// and process exit, and by the next run's reaper when the process was killed. When marked failed and
/// <c>IACTEST_KEEP_ON_FAILURE=1</c>, it is kept, renamed <c>iactest-kept-…</c>, and the command to enter it is printed.
/// </summary>
public sealed class IacEnvironment : ITargetHost, IPrivateFileWriter, IAsyncDisposable
{
    private readonly IEngineContainer _container;
    private readonly bool _keepOnFailure;
    private readonly Action<string> _log;
    private readonly List<string> _failures = [];
    private readonly IReadOnlyList<string> _volumes;
    private int _disposed;

    internal IacEnvironment(IEngineContainer container, string name, string image, bool keepOnFailure, Action<string> log, IReadOnlyList<string>? volumes = null)
    {
        _volumes = volumes ?? [];
        _container = container;
        ContainerId = container.Id;
        ContainerName = name;
        Image = image;
        _keepOnFailure = keepOnFailure;
        _log = log;
    }

    /// <summary>The container id.</summary>
    public string ContainerId { get; }

    /// <summary>The container name (<c>iactest-&lt;session&gt;-&lt;n&gt;</c>).</summary>
    public string ContainerName { get; private set; }

    /// <summary>The image it runs.</summary>
    public string Image { get; }

    /// <summary>The host to reach published ports on (from the engine, not assumed to be localhost).</summary>
    public string Host => _container.Hostname;

    /// <summary>The container's address on its network.</summary>
    public string IpAddress => _container.IpAddress;

    /// <summary>True for a container the harness did not start (attached for verify only): disposing leaves it as it is.</summary>
    internal bool IsAttached { get; init; }

    /// <summary>True once <see cref="MarkFailed"/> was called.</summary>
    public bool HasFailed
    {
        get
        {
            lock (_failures)
            {
                return _failures.Count > 0;
            }
        }
    }

    /// <summary>The random host port a container port was published on (<see cref="EnvironmentBuilder.WithPort"/>).</summary>
    public int GetHostPort(int containerPort) => _container.GetMappedPort(containerPort);

    /// <summary>Runs a command (no shell) and returns its exit code and output.</summary>
    public async Task<CommandResult> ExecAsync(IReadOnlyList<string> command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        EngineExecResult result;
        try
        {
            result = await _container.ExecAsync([.. command], ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The engine answers "409: container is not running"; say why it is not.
            if (await EnvironmentBuilder.DescribeExitAsync(_container, "after start").ConfigureAwait(false) is { } exit)
            {
                throw new EnvironmentExitedException($"environment {ContainerName} ({Image}) is not running: {exit}", e);
            }

            throw;
        }

        return new CommandResult(result.ExitCode, result.Stdout, result.Stderr);
    }

    /// <inheritdoc />
    public string Description => $"container {ContainerName} ({Image})";

    /// <inheritdoc />
    public async Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        IReadOnlyList<string> argv = command.Arguments;
        string? inputFile = null;
        if (command.StandardInput is { } input)
        {
            // An engine exec has no standard input here: the input waits in a private file the command reads and removes.
            inputFile = $"/tmp/.iactest-stdin-{Guid.NewGuid():N}";
            await WritePrivateFileAsync(inputFile, input, ct).ConfigureAwait(false);
            argv = ["/bin/sh", "-c", "f=\"$1\"; shift; \"$@\" < \"$f\"; rc=$?; rm -f \"$f\"; exit $rc", "sh", inputFile, .. command.Arguments];
        }

        if (command.Timeout is not { } timeout)
        {
            return await ExecAsync(argv, ct).ConfigureAwait(false);
        }

        try
        {
            return await ExecAsync(argv, ct).WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TargetException(this, TargetFailure.CommandTimeout, $"{command.Arguments[0]} did not finish within {timeout.TotalSeconds:0.#} s", e);
        }
    }

    /// <inheritdoc />
    Task<byte[]> ITargetHost.ReadFileAsync(string path, CancellationToken ct) => ReadFileBytesAsync(path, ct);

    /// <summary>Runs a command (no shell) and returns its exit code and output.</summary>
    public Task<CommandResult> ExecAsync(params string[] command) => ExecAsync((IReadOnlyList<string>)command);

    /// <summary>Runs <paramref name="script"/> with <c>/bin/sh -c</c>.</summary>
    public Task<CommandResult> ShellAsync(string script, CancellationToken ct = default) => ExecAsync(["/bin/sh", "-c", script], ct);

    /// <summary>Copies a host file to <paramref name="containerPath"/> (the file's full path in the container).</summary>
    public async Task CopyFileAsync(string hostPath, string containerPath, CancellationToken ct = default)
    {
        var bytes = await File.ReadAllBytesAsync(hostPath, ct).ConfigureAwait(false);
        await _container.CopyAsync(bytes, containerPath, FileModes.File644, ct).ConfigureAwait(false);
    }

    /// <summary>Copies the content of a host directory into <paramref name="containerPath"/>.</summary>
    public Task CopyDirectoryAsync(string hostPath, string containerPath, CancellationToken ct = default) =>
        _container.CopyDirectoryAsync(hostPath, containerPath, FileModes.Executable755, ct);

    /// <summary>Writes text (UTF-8) to a file in the container.</summary>
    public Task WriteFileAsync(string containerPath, string content, CancellationToken ct = default) =>
        _container.CopyAsync(Encoding.UTF8.GetBytes(content), containerPath, FileModes.File644, ct);

    /// <inheritdoc/>
    Task IPrivateFileWriter.WritePrivateFileAsync(string path, string content, CancellationToken ct) =>
        WritePrivateFileAsync(path, content, ct);

    /// <summary>Writes text to a new file of the container readable by its owner (root) only — a secret's way in without arguments.</summary>
    internal Task WritePrivateFileAsync(string containerPath, string content, CancellationToken ct) =>
        _container.CopyAsync(Encoding.UTF8.GetBytes(content), containerPath, FileModes.Private600, ct);

    /// <summary>Reads a file of the container as UTF-8 text.</summary>
    public async Task<string> ReadFileAsync(string containerPath, CancellationToken ct = default) =>
        Encoding.UTF8.GetString(await ReadFileBytesAsync(containerPath, ct).ConfigureAwait(false));

    /// <summary>Reads a file of the container as bytes.</summary>
    public Task<byte[]> ReadFileBytesAsync(string containerPath, CancellationToken ct = default) =>
        _container.ReadFileAsync(containerPath, ct);

    /// <summary>The container's logs so far: standard output, then standard error.</summary>
    public async Task<string> GetLogsAsync(CancellationToken ct = default)
    {
        var (stdout, stderr) = await _container.GetLogsAsync(ct).ConfigureAwait(false);
        return stderr.Length == 0 ? stdout : stdout.Length == 0 ? stderr : stdout + stderr;
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>The command a person runs to enter this environment.</summary>
    public string EnterCommand => $"docker exec -it {ContainerName} sh";

    /// <summary>
    /// Records a failure (checks do this when they fail). A failed environment is kept at teardown when
    /// <c>IACTEST_KEEP_ON_FAILURE=1</c>.
    /// </summary>
    public void MarkFailed(string reason)
    {
        lock (_failures)
        {
            _failures.Add(reason);
        }
    }

    /// <summary>Removes the environment, or keeps it (renamed, reported) when it failed and keeping was asked for.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || IsAttached)
        {
            return;
        }

        if (HasFailed && _keepOnFailure && await TryKeepAsync().ConfigureAwait(false))
        {
            return;
        }

        var id = ContainerId;
        try
        {
            // A forced removal is the fast path: no stop timeout for a PID 1 that ignores SIGTERM.
            var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
            await engine.RemoveAsync(ResourceKind.Container, id).ConfigureAwait(false);
        }
        finally
        {
            LiveResources.Forget(ResourceKind.Container, id);
            await _container.DisposeAsync().ConfigureAwait(false);
            await RemoveVolumesAsync().ConfigureAwait(false);
        }
    }

    private async Task RemoveVolumesAsync()
    {
        foreach (var volume in _volumes)
        {
            try
            {
                var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
                await engine.RemoveAsync(ResourceKind.Volume, volume).ConfigureAwait(false);
                LiveResources.Forget(ResourceKind.Volume, volume);
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException)
            {
                // The reaper removes it at the next start.
            }
        }
    }

    private async Task<bool> TryKeepAsync()
    {
        var kept = HarnessSession.KeptNamePrefix + ContainerName["iactest-".Length..];
        try
        {
            var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
            await engine.RenameContainerAsync(ContainerId, kept).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            _log($"could not keep {ContainerName} ({e.Message}); removing it");
            return false;
        }

        ContainerName = kept;
        LiveResources.Forget(ResourceKind.Container, ContainerId);
        foreach (var volume in _volumes)
        {
            // Kept with its container; the reaper removes it once the kept container is gone.
            LiveResources.Forget(ResourceKind.Volume, volume);
        }

        _log($"kept failed environment {kept} (IACTEST_KEEP_ON_FAILURE=1); enter it with: {EnterCommand}  remove it with: docker rm -f {kept}");
        return true;
    }
}
