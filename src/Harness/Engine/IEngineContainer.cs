namespace IacTest.Harness.Engine;

/// <summary>
/// A container defined through <see cref="IContainerEngine.DefineContainer"/>: started once, then run commands in,
/// copied to and read from; disposing it releases the engine's handle (removal is <see cref="IContainerEngine.RemoveAsync"/>).
/// </summary>
internal interface IEngineContainer : IAsyncDisposable
{
    /// <summary>The container id; throws <see cref="InvalidOperationException"/> before the container was created.</summary>
    string Id { get; }

    /// <summary>The host to reach published ports on (from the engine, not assumed to be localhost).</summary>
    string Hostname { get; }

    /// <summary>The container's address on its network.</summary>
    string IpAddress { get; }

    /// <summary>Creates and starts the container.</summary>
    Task StartAsync(CancellationToken ct = default);

    /// <summary>The random host port a published container port was given.</summary>
    int GetMappedPort(int containerPort);

    /// <summary>Runs a command (no shell) and returns its exit code and output.</summary>
    Task<EngineExecResult> ExecAsync(IReadOnlyList<string> command, CancellationToken ct = default);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> with <paramref name="mode"/>.</summary>
    Task CopyAsync(byte[] content, string path, UnixFileMode mode, CancellationToken ct = default);

    /// <summary>Copies the content of a host folder into <paramref name="path"/>, every entry with <paramref name="mode"/>.</summary>
    Task CopyDirectoryAsync(string hostPath, string path, UnixFileMode mode, CancellationToken ct = default);

    /// <summary>Reads a file of the container as bytes.</summary>
    Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default);

    /// <summary>The container's logs so far.</summary>
    Task<(string Stdout, string Stderr)> GetLogsAsync(CancellationToken ct = default);

    /// <summary>Waits for the container's main process to end and returns its exit code.</summary>
    Task<long> WaitForExitAsync(CancellationToken ct = default);
}
