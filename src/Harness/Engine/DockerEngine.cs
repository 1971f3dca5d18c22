using DotNet.Testcontainers.Configurations;

namespace IacTest.Harness.Engine;

/// <summary>
/// Finds the container engine the way users expect (<c>DOCKER_HOST</c>, the default socket, a Podman socket),
/// tells whether it answers, and configures Testcontainers for it: the API version the engine speaks (so nobody sets
/// <c>DOCKER_API_VERSION</c> by hand) and no Ryuk reaper (the harness reaps its own leftovers).
/// </summary>
public static class DockerEngine
{
    /// <summary>The API version Testcontainers asks for by default; older engines get their own version.</summary>
    public static readonly Version TestcontainersApiVersion = new(1, 44);

    /// <summary>How long a probe waits for an engine before calling it absent.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    private static readonly object Gate = new();
    private static Task<EngineProbe>? _probe;
    private static bool _configured;

    /// <summary>The candidate endpoints in the order they are tried.</summary>
    public static IReadOnlyList<DockerEndpoint> Candidates()
    {
        var result = new List<DockerEndpoint>();
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost) && Uri.TryCreate(dockerHost, UriKind.Absolute, out var hostUri))
        {
            // DOCKER_HOST is the user's explicit choice: nothing else is tried.
            result.Add(new DockerEndpoint(hostUri, "DOCKER_HOST"));
            return result;
        }

        void AddSocket(string? path, string source)
        {
            if (!string.IsNullOrEmpty(path) && File.Exists(path) && result.All(e => e.Uri.AbsolutePath != path))
            {
                result.Add(new DockerEndpoint(new Uri("unix://" + path), source));
            }
        }

        AddSocket("/var/run/docker.sock", "default socket");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        AddSocket(Path.Combine(home, ".docker", "run", "docker.sock"), "Docker Desktop socket");
        var runtimeDir = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!string.IsNullOrEmpty(runtimeDir))
        {
            AddSocket(Path.Combine(runtimeDir, "podman", "podman.sock"), "podman socket");
            AddSocket(Path.Combine(runtimeDir, "docker.sock"), "rootless docker socket");
        }

        AddSocket("/run/podman/podman.sock", "podman socket");
        return result;
    }

    /// <summary>Probes once per process (cached) and returns the answering engine or the reason there is none.</summary>
    public static Task<EngineProbe> ProbeAsync()
    {
        lock (Gate)
        {
            return _probe ??= Task.Run(ProbeUncachedAsync);
        }
    }

    /// <summary>True when an engine answers (bounded wait, cached).</summary>
    public static bool IsAvailable => ProbeAsync().GetAwaiter().GetResult().IsAvailable;

    /// <summary>Why no engine answers, with the fix, or null when one answers.</summary>
    public static string? UnavailableReason => ProbeAsync().GetAwaiter().GetResult().Reason;

    /// <summary>True when <c>IACTEST_REQUIRE_ENGINE=1</c>: a missing engine is then a failure, not a skip.</summary>
    public static bool EngineRequired => Environment.GetEnvironmentVariable("IACTEST_REQUIRE_ENGINE") is "1" or "true";

    /// <summary>
    /// Returns the answering engine with Testcontainers configured for it, or throws
    /// <see cref="EngineUnavailableException"/> with the reason.
    /// </summary>
    public static async Task<EngineInfo> RequireAsync()
    {
        var probe = await ProbeAsync().ConfigureAwait(false);
        if (probe.Info is null)
        {
            throw new EngineUnavailableException(probe.Reason!);
        }

        ConfigureTestcontainers(probe.Info);
        return probe.Info;
    }

    private static async Task<EngineProbe> ProbeUncachedAsync()
    {
        var candidates = Candidates();
        if (candidates.Count == 0)
        {
            return new EngineProbe(null,
                $"No container engine: no DOCKER_HOST and no Docker/Podman socket. {EngineStartAdvice.Text}");
        }

        var failures = new List<string>();
        foreach (var candidate in candidates)
        {
            try
            {
                using var api = new DockerApi(candidate, timeout: ProbeTimeout);
                using var cts = new CancellationTokenSource(ProbeTimeout);
                var info = await api.GetVersionAsync(cts.Token).ConfigureAwait(false);
                return new EngineProbe(info, null);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException
                or System.Net.Sockets.SocketException or System.Text.Json.JsonException or DockerApiException)
            {
                failures.Add($"{candidate}: {FirstLine(e)}");
            }
        }

        return new EngineProbe(null,
            $"No container engine answers ({string.Join("; ", failures)}). {EngineStartAdvice.Text}");
    }

    private static string FirstLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return e is OperationCanceledException ? $"no answer within {ProbeTimeout.TotalSeconds:0} s" : inner.Message.Split('\n')[0];
    }

    /// <summary>
    /// Points Testcontainers at <paramref name="info"/>: same endpoint, an API version the engine speaks, Ryuk off.
    /// Runs once, before Testcontainers reads its settings; a user's own <c>DOCKER_API_VERSION</c> wins.
    /// </summary>
    public static void ConfigureTestcontainers(EngineInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")))
            {
                Environment.SetEnvironmentVariable("DOCKER_HOST", info.Endpoint.Uri.ToString());
            }

            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_API_VERSION")) && info.ApiVersion < TestcontainersApiVersion)
            {
                Environment.SetEnvironmentVariable("DOCKER_API_VERSION", info.ApiVersion.ToString());
            }

            // The Ryuk image cannot be pulled offline; the harness's own reaper (Reaping) replaces it.
            Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
            TestcontainersSettings.ResourceReaperEnabled = false;
            _configured = true;
        }
    }
}
