namespace IacTest.Harness.Engine;

/// <summary>
/// Hands out the process's one <see cref="IContainerEngine"/>, connected to the engine <see cref="DockerEngine"/>
/// found. The engine's HTTP API answers what it answers in one call (state, labels, removal, image lookups), its CLI
/// builds and commits images (it streams the build context and output), and Testcontainers runs containers and
/// networks (exec, copy, logs, ports) — the callers never know which.
/// </summary>
internal static class ContainerEngine
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IContainerEngine? _shared;

    /// <summary>The engine; throws <see cref="EngineUnavailableException"/> with the reason when none answers.</summary>
    public static async Task<IContainerEngine> ConnectAsync()
    {
        if (Volatile.Read(ref _shared) is { } known)
        {
            return known;
        }

        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_shared is null)
            {
                var info = await DockerEngine.RequireAsync().ConfigureAwait(false);
                // One client for the process: its connections are reused instead of one socket per call.
                Volatile.Write(ref _shared, new DockerContainerEngine(info));
            }

            return _shared!;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The engine for a caller that cannot wait asynchronously (process exit handlers).</summary>
    public static IContainerEngine Connect() => ConnectAsync().GetAwaiter().GetResult();
}
