using System.Collections.Immutable;
using System.Globalization;
using IacTest.Harness.Engine;
using IacTest.Harness.Images;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Environments;

/// <summary>
/// Describes a throw-away environment (one container) and starts it. Immutable and fluent: every <c>With…</c>
/// returns a new builder, so a shared base description can be specialised per test.
/// </summary>
/// <example>
/// <code>
/// await using var env = await new EnvironmentBuilder()
///     .WithBaseImage(BaseImage.Busybox)
///     .WithDirectory("roles/web", "/etc/ansible/roles/web")
///     .WithPort(80)
///     .StartAsync();
/// var result = await env.ExecAsync("cat", "/etc/os-release");
/// </code>
/// </example>
public sealed class EnvironmentBuilder
{
    private static int _counter;
    private static int _reapReported;

    private readonly Settings _settings;

    /// <summary>Creates a builder for the busybox base image with an init process and a command that keeps it running.</summary>
    public EnvironmentBuilder()
        : this(new Settings())
    {
    }

    private EnvironmentBuilder(Settings settings) => _settings = settings;

    /// <summary>
    /// How long a container given its own command is watched after start for an early exit unless set (the image's
    /// keep-alive command is not watched: it does not fail).
    /// </summary>
    public static readonly TimeSpan DefaultStartSettleTime = TimeSpan.FromMilliseconds(200);

    /// <summary>Default time allowed for the image, the container start and the copies.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Memory limit of every environment unless set: a runaway converge fails alone instead of starving the machine.</summary>
    public const long DefaultMemoryLimit = 1L << 30;

    /// <summary>CPU limit, in cores, of every environment unless set.</summary>
    public const double DefaultCpuLimit = 1.0;

    /// <summary>Process limit of every environment unless set (a fork bomb stays in its container).</summary>
    public const long DefaultPidsLimit = 1024;

    /// <summary>
    /// Capabilities of the engine's default set that a converge does not use and that are dropped: raw sockets
    /// (<c>NET_RAW</c>), device nodes (<c>MKNOD</c>) and file capabilities (<c>SETFCAP</c>; packages that set one fall
    /// back to setuid). Users, ownership, services on low ports and signals keep working.
    /// </summary>
    public static readonly IReadOnlyList<string> DroppedCapabilities = ["NET_RAW", "MKNOD", "SETFCAP"];

    /// <summary>The command that keeps an image without a long-running default command alive.</summary>
    public static readonly IReadOnlyList<string> KeepAliveCommand = ["tail", "-f", "/dev/null"];

    /// <summary>Uses an image by reference (local, or pulled when a registry answers).</summary>
    public EnvironmentBuilder WithImage(string image)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        return new(_settings with { Image = image, BaseImage = null, Dockerfile = null, Platform = null });
    }

    /// <summary>Uses one of the local base images, built on first use.</summary>
    public EnvironmentBuilder WithBaseImage(BaseImage image) => new(_settings with { BaseImage = image, Image = null, Dockerfile = null, Platform = null });

    /// <summary>
    /// Uses a platform's image, built on first use (<see cref="PlatformImages"/>). A systemd platform also gets what
    /// systemd needs as PID 1: no init in front of it, tmpfs on <c>/run</c> and <c>/run/lock</c>, the host's cgroup tree
    /// and <c>SIGRTMIN+3</c> as stop signal; not privileged.
    /// </summary>
    public EnvironmentBuilder WithPlatform(Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return new(_settings with { Platform = platform, Image = null, BaseImage = null, Dockerfile = null });
    }

    /// <summary>Whether the environment runs systemd as PID 1 (a systemd platform).</summary>
    internal bool RunsSystemd => _settings.Platform?.HasSystemd == true;

    /// <summary>
    /// What the environment runs on, as a label value: the platform's name (<c>debian:trixie:systemd</c>), else the
    /// base image, image reference or Dockerfile it is described with.
    /// </summary>
    internal string PlatformName => _settings switch
    {
        { Platform: { } platform } => platform.Name,
        { Image: { } image } => "image:" + image,
        { Dockerfile: var (context, dockerfile) } => "dockerfile:" + Path.Combine(Path.GetFullPath(context), dockerfile),
        _ => "base:" + (_settings.BaseImage ?? BaseImage.Busybox).ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Starts from <paramref name="image"/> (a converged state) instead of the described image, every other setting
    /// kept — a systemd platform's container settings included.
    /// </summary>
    internal EnvironmentBuilder WithStartImage(string image) => new(_settings with { StartImage = image });

    /// <summary>The described image, built or found as a start would (for cache keys).</summary>
    internal Task<string> ResolveImageAsync(CancellationToken ct) =>
        ResolveImageAsync(SecretMasker.Shared.Masking(_settings.Log ?? (line => Console.Error.WriteLine("[iactest] " + line))), ct);

    /// <summary>Uses an image built from a Dockerfile (built when its content hash is missing).</summary>
    public EnvironmentBuilder WithDockerfile(string contextDirectory, string dockerfile = "Dockerfile")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contextDirectory);
        return new(_settings with { Dockerfile = (contextDirectory, dockerfile), Image = null, BaseImage = null, Platform = null });
    }

    /// <summary>Copies a host file to <paramref name="containerPath"/> before start; read-only by default.</summary>
    public EnvironmentBuilder WithFile(string hostPath, string containerPath, bool readOnly = true)
    {
        if (!File.Exists(hostPath))
        {
            throw new FileNotFoundException($"{hostPath} does not exist", hostPath);
        }

        return new(_settings with { Copies = _settings.Copies.Add(new CopySpec(Path.GetFullPath(hostPath), containerPath, readOnly, false)) });
    }

    /// <summary>
    /// Puts the content of a host directory at <paramref name="containerPath"/> before start. Read-only (the default)
    /// is a read-only mount of a copy: nothing in the container, root included, can change it (content the image has
    /// at that path is hidden under it). Writable: the content is copied in (directories 0755, files 0644).
    /// </summary>
    public EnvironmentBuilder WithDirectory(string hostPath, string containerPath, bool readOnly = true)
    {
        if (!Directory.Exists(hostPath))
        {
            throw new DirectoryNotFoundException($"{hostPath} does not exist");
        }

        return new(_settings with { Copies = _settings.Copies.Add(new CopySpec(Path.GetFullPath(hostPath), containerPath, readOnly, true)) });
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="containerPath"/> before start.</summary>
    public EnvironmentBuilder WithFileContent(string containerPath, string content, bool readOnly = false) =>
        new(_settings with { Contents = _settings.Contents.Add((containerPath, content, readOnly)) });

    /// <summary>Sets an environment variable.</summary>
    public EnvironmentBuilder WithEnvironment(string name, string value) =>
        new(_settings with { Environment = _settings.Environment.SetItem(name, value) });

    /// <summary>Sets an environment variable to a secret: it reaches the container, and is masked in every message and log line.</summary>
    public EnvironmentBuilder WithEnvironment(string name, SecretValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WithEnvironment(name, value.Reveal());
    }

    /// <summary>Publishes a container port on a random host port (see <see cref="IacEnvironment.GetHostPort"/>).</summary>
    public EnvironmentBuilder WithPort(int containerPort) => new(_settings with { Ports = _settings.Ports.Add(containerPort) });

    /// <summary>Runs an init process as PID 1 (default on), so signals are handled and teardown is quick.</summary>
    public EnvironmentBuilder WithInit(bool enabled = true) => new(_settings with { Init = enabled });

    /// <summary>Limits memory, in bytes (default <see cref="DefaultMemoryLimit"/>; 0: no limit).</summary>
    public EnvironmentBuilder WithMemoryLimit(long bytes) => new(_settings with { MemoryBytes = bytes });

    /// <summary>Limits CPU, in cores (e.g. 0.5; default <see cref="DefaultCpuLimit"/>; 0: no limit).</summary>
    public EnvironmentBuilder WithCpuLimit(double cpus) => new(_settings with { Cpus = cpus });

    /// <summary>Limits the number of processes (default <see cref="DefaultPidsLimit"/>; 0: no limit).</summary>
    public EnvironmentBuilder WithPidsLimit(long pids) => new(_settings with { Pids = pids });

    /// <summary>
    /// Keeps (or adds) a Linux capability, e.g. <c>NET_RAW</c> for <c>ping</c>; by default the container gets the
    /// engine's set minus <see cref="DroppedCapabilities"/>.
    /// </summary>
    public EnvironmentBuilder WithCapability(string capability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(capability);
        return new(_settings with { Capabilities = _settings.Capabilities.Add(capability.ToUpperInvariant()) });
    }

    /// <summary>Sets the container's host name.</summary>
    public EnvironmentBuilder WithHostname(string hostname) => new(_settings with { Hostname = hostname });

    /// <summary>Joins an existing network, with optional aliases other environments can use.</summary>
    public EnvironmentBuilder WithNetwork(string network, params string[] aliases) =>
        new(_settings with { Network = network, Aliases = [.. aliases] });

    /// <summary>Joins a harness network, with optional aliases.</summary>
    public EnvironmentBuilder WithNetwork(EnvironmentNetwork network, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(network);
        return WithNetwork(network.Name, aliases);
    }

    /// <summary>Replaces the image's command (default: keep running with <see cref="KeepAliveCommand"/>).</summary>
    public EnvironmentBuilder WithCommand(params string[] command) => new(_settings with { Command = [.. command] });

    /// <summary>Replaces the image's entrypoint.</summary>
    public EnvironmentBuilder WithEntrypoint(params string[] entrypoint) => new(_settings with { Entrypoint = [.. entrypoint] });

    /// <summary>Runs privileged (needed e.g. for systemd or sysctl writes).</summary>
    public EnvironmentBuilder WithPrivileged(bool privileged = true) => new(_settings with { Privileged = privileged });

    /// <summary>Adds a label.</summary>
    public EnvironmentBuilder WithLabel(string name, string value) => new(_settings with { Labels = _settings.Labels.SetItem(name, value) });

    /// <summary>Mounts a tmpfs at <paramref name="path"/>.</summary>
    public EnvironmentBuilder WithTmpfs(string path) => new(_settings with { Tmpfs = _settings.Tmpfs.Add(path) });

    /// <summary>
    /// How long a container given its own command or entrypoint is watched after start for an early exit, which
    /// then fails the start with its exit code and logs (default <see cref="DefaultStartSettleTime"/>). The start
    /// returns as soon as the container exits, so a longer time only delays a container that keeps running.
    /// </summary>
    public EnvironmentBuilder WithStartSettleTime(TimeSpan settle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settle, TimeSpan.Zero);
        return new(_settings with { StartSettleTime = settle });
    }

    /// <summary>Bounds the whole start (image build included).</summary>
    public EnvironmentBuilder WithStartTimeout(TimeSpan timeout) => new(_settings with { StartTimeout = timeout });

    /// <summary>Keeps the environment when it is marked failed (default: <c>IACTEST_KEEP_ON_FAILURE=1</c>).</summary>
    public EnvironmentBuilder WithKeepOnFailure(bool keep = true) => new(_settings with { KeepOnFailure = keep });

    /// <summary>
    /// Shares downloaded package files through <paramref name="volume"/> instead of the release's own cache volume
    /// (<see cref="AptArchiveCache"/>), even when <c>IACTEST_APT_CACHE</c> turns the cache off: for tests that need a
    /// cache of their own.
    /// </summary>
    internal EnvironmentBuilder WithAptArchiveVolume(string volume) => new(_settings with { AptArchiveVolume = volume });

    /// <summary>Sends the environment's progress and failure lines (image builds, kept containers) to <paramref name="log"/>.</summary>
    public EnvironmentBuilder WithLog(Action<string> log) => new(_settings with { Log = log });

    /// <summary>Starts the environment; on any failure (including cancellation) nothing is left behind.</summary>
    public async Task<IacEnvironment> StartAsync(CancellationToken ct = default)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        // Every line the environment writes (progress, kept containers, leftovers) goes through the masker.
        var log = SecretMasker.Shared.Masking(_settings.Log ?? (line => Console.Error.WriteLine("[iactest] " + line)));
        var reaped = await Reaper.ReapOnceAsync().ConfigureAwait(false);
        if (reaped.Removed.Count > 0 && Interlocked.Exchange(ref _reapReported, 1) == 0)
        {
            log($"removed {reaped.Removed.Count} leftover resource(s) of test runs that were killed: {string.Join(", ", reaped.Removed.Select(r => r.Name))}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_settings.StartTimeout);
        var image = _settings.StartImage ?? await ResolveImageAsync(log, timeout.Token).ConfigureAwait(false);
        var name = $"iactest-{HarnessSession.Id}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}";
        var volumes = new List<(string Volume, string ContainerPath)>();
        IEngineContainer? container = null;
        try
        {
            var aptArchives = await AptArchiveVolumeAsync(engine, timeout.Token).ConfigureAwait(false);
            foreach (var copy in _settings.Copies.Where(c => c.IsDirectory && c.ReadOnly))
            {
                volumes.Add((await ReadOnlyVolume.CreateAsync(engine, image, copy.HostPath, timeout.Token).ConfigureAwait(false), copy.ContainerPath));
            }

            container = engine.DefineContainer(Define(image, name, volumes, aptArchives));
            await container.StartAsync(timeout.Token).ConfigureAwait(false);
            LiveResources.Track(ResourceKind.Container, container.Id);
            await EnsureRunningAsync(container, name, image, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A container that died at start is described by its exit code and logs, whatever the engine's error was.
            var died = container is null ? null : await DescribeExitAsync(container).ConfigureAwait(false);
            if (container is not null)
            {
                await RemoveQuietlyAsync(container, name).ConfigureAwait(false);
            }

            await RemoveVolumesQuietlyAsync(volumes.Select(v => v.Volume)).ConfigureAwait(false);
            var reason = died ?? (timeout.IsCancellationRequested && !ct.IsCancellationRequested
                ? $"did not start within {_settings.StartTimeout.TotalSeconds:0} s" : e.Message);
            throw e as EnvironmentStartException ?? new EnvironmentStartException($"environment {name} ({image}) {reason}", e);
        }

        var keep = _settings.KeepOnFailure ?? Environment.GetEnvironmentVariable("IACTEST_KEEP_ON_FAILURE") is "1" or "true";
        var environment = new IacEnvironment(container, name, image, keep, log, [.. volumes.Select(v => v.Volume)]);
        try
        {
            await FixModesAsync(environment, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await environment.DisposeAsync().ConfigureAwait(false);
            throw new EnvironmentStartException($"environment {name} ({image}) could not prepare its copied files: {e.Message}", e);
        }

        return environment;
    }

    /// <summary>
    /// Fails the start when the container's process has already ended (a bad command, a missing file): with its exit
    /// code and logs, instead of the engine's "is not running" on the first exec. A container given its own command
    /// is watched for its settle time, as such a failure takes a moment to happen: the engine is asked to wait for
    /// the container's exit, so an exit is seen the moment it happens however slow the machine, and a container that
    /// keeps running costs the settle time once.
    /// </summary>
    private async Task EnsureRunningAsync(IEngineContainer container, string name, string image, CancellationToken ct)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        if (!(await engine.GetContainerStateAsync(container.Id, ct).ConfigureAwait(false)).Running)
        {
            throw new EnvironmentStartException($"environment {name} ({image}) {await DescribeExitAsync(container).ConfigureAwait(false)}");
        }

        var settle = _settings.StartSettleTime ?? (_settings.Command is null && _settings.Entrypoint.Length == 0 ? TimeSpan.Zero : DefaultStartSettleTime);
        if (settle <= TimeSpan.Zero)
        {
            return;
        }

        using var watch = CancellationTokenSource.CreateLinkedTokenSource(ct);
        watch.CancelAfter(settle);
        long exitCode;
        try
        {
            // Returns when the container exits; cancelled at the end of the settle time while it still runs.
            exitCode = await container.WaitForExitAsync(watch.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return;
        }

        var described = await DescribeExitAsync(container).ConfigureAwait(false)
            ?? $"exited with code {exitCode.ToString(CultureInfo.InvariantCulture)} at start";
        throw new EnvironmentStartException($"environment {name} ({image}) {described}");
    }

    /// <summary>"exited with code N" and the last log lines, or null when the container runs (or cannot be asked).</summary>
    internal static async Task<string?> DescribeExitAsync(IEngineContainer container, string when = "at start")
    {
        try
        {
            var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
            var state = await engine.GetContainerStateAsync(container.Id).ConfigureAwait(false);
            if (state.Running)
            {
                return null;
            }

            var (stdout, stderr) = await container.GetLogsAsync().ConfigureAwait(false);
            var lines = SecretMasker.Shared.Mask(stdout + stderr).TrimEnd('\n').Split('\n');
            var logs = lines is [""] ? "  (no log output)" : string.Join('\n', lines.TakeLast(50).Select(l => "  " + l));
            return $"{state.Describe()} {when}; its logs, last 50 lines:\n{logs}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Gone already, or the engine is busy: the caller's own error stands.
            return null;
        }
    }

    private static async Task RemoveVolumesQuietlyAsync(IEnumerable<string> volumes)
    {
        foreach (var volume in volumes)
        {
            try
            {
                var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
                await engine.RemoveAsync(ResourceKind.Volume, volume).ConfigureAwait(false);
                LiveResources.Forget(ResourceKind.Volume, volume);
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException)
            {
                // The reaper gets it.
            }
        }
    }

    private async Task<string> ResolveImageAsync(Action<string> log, CancellationToken ct)
    {
        // An image build can take minutes: its lines are live progress too.
        log = Progress.LiveProgress.Tee("image", log);
        if (_settings.Dockerfile is var (context, dockerfile))
        {
            return await DockerfileImage.EnsureAsync(context, dockerfile, progress: log, ct: ct).ConfigureAwait(false);
        }

        if (_settings.Image is { } image)
        {
            return await RegistryImages.EnsureAvailableAsync(image, ct).ConfigureAwait(false);
        }

        if (_settings.Platform is { } platform)
        {
            return await PlatformImages.EnsureAsync(platform, log, ct).ConfigureAwait(false);
        }

        return await BaseImages.EnsureAsync(_settings.BaseImage ?? BaseImage.Busybox, log, ct).ConfigureAwait(false);
    }

    /// <summary>The package-file cache volume this environment mounts (made when missing), or null for none.</summary>
    private async Task<string?> AptArchiveVolumeAsync(IContainerEngine engine, CancellationToken ct)
    {
        // The image choices exclude each other: a base image is set only when no platform, image or Dockerfile is.
        var release = AptArchiveCache.ReleaseOf(_settings.Platform, _settings.BaseImage);
        var volume = _settings.AptArchiveVolume ?? (AptArchiveCache.IsEnabled && release is not null ? AptArchiveCache.VolumeOf(release) : null);
        if (volume is not null)
        {
            await AptArchiveCache.EnsureVolumeAsync(engine, volume, release ?? "", ct).ConfigureAwait(false);
        }

        return volume;
    }

    private ContainerDefinition Define(string image, string name, IReadOnlyList<(string Volume, string ContainerPath)> readOnlyVolumes, string? aptArchives)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [HarnessSession.SessionLabel] = HarnessSession.Id,
            [HarnessSession.OwnerLabel] = HarnessSession.Owner,
            [HarnessSession.OwnerStartLabel] = HarnessSession.OwnerStart,
        };
        foreach (var (key, value) in _settings.Labels)
        {
            labels[key] = value;
        }

        var files = new List<ContainerFile>();
        foreach (var copy in _settings.Copies.Where(c => !(c.IsDirectory && c.ReadOnly)))
        {
            // One mode for the whole copy here; FixModesAsync restores per-file modes after start.
            files.Add(copy.IsDirectory
                ? new ContainerFile(copy.ContainerPath, FileModes.Executable755, copy.HostPath, IsDirectory: true)
                : new ContainerFile(copy.ContainerPath, ModeOf(copy.HostPath, copy.ReadOnly), copy.HostPath));
        }

        foreach (var (path, content, readOnly) in _settings.Contents)
        {
            files.Add(new ContainerFile(path, readOnly ? FileModes.ReadOnly444 : FileModes.File644, Content: System.Text.Encoding.UTF8.GetBytes(content)));
        }

        if (aptArchives is not null)
        {
            files.AddRange(AptArchiveCache.Files);
        }

        var systemd = _settings.Platform?.HasSystemd == true;
        var definition = new ContainerDefinition(image, name)
        {
            Labels = labels,
            Environment = _settings.Environment,
            Ports = [.. _settings.Ports],
            Files = files,
            Tmpfs = _settings.Tmpfs.Distinct(StringComparer.Ordinal).ToDictionary(path => path, _ => "", StringComparer.Ordinal),
            ReadOnlyVolumes = readOnlyVolumes,
            Binds = aptArchives is null ? [] : [$"{aptArchives}:{AptArchiveCache.PoolPath}"],
            Hostname = _settings.Hostname,
            Network = _settings.Network,
            NetworkAliases = _settings.Network is null ? [] : [.. _settings.Aliases],
            Entrypoint = [.. _settings.Entrypoint],
            Command = _settings.Command is { } command ? [.. command] : systemd ? [.. SystemdSettings.Command] : [.. KeepAliveCommand],
            Privileged = _settings.Privileged,
            Init = _settings.Init && !systemd,
            MemoryBytes = _settings.MemoryBytes ?? DefaultMemoryLimit,
            Cpus = _settings.Cpus ?? DefaultCpuLimit,
            PidsLimit = _settings.Pids ?? DefaultPidsLimit,
            CapDrop = [.. DroppedCapabilities.Except(_settings.Capabilities, StringComparer.Ordinal)],
            CapAdd = [.. _settings.Capabilities.Except(DroppedCapabilities, StringComparer.Ordinal)],
        };
        return systemd ? SystemdSettings.Apply(definition) : definition;
    }

    private static bool IsExecutable(string hostPath) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(hostPath) & UnixFileMode.UserExecute) != 0;

    private static UnixFileMode ModeOf(string hostPath, bool readOnly)
    {
        var mode = FileModes.ReadOnly444;
        if (!readOnly)
        {
            mode |= UnixFileMode.UserWrite;
        }

        return IsExecutable(hostPath) ? mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : mode;
    }

    /// <summary>
    /// Gives copied directories their real modes in one command: directories 0755 (0555 read-only), files 0644
    /// (0444), executables 0755 (0555) — the copy itself can only apply one mode to everything.
    /// </summary>
    private async Task FixModesAsync(IacEnvironment environment, CancellationToken ct)
    {
        foreach (var copy in _settings.Copies.Where(c => c.IsDirectory && !c.ReadOnly))
        {
            var (dirMode, fileMode) = copy.ReadOnly ? ("0555", "0444") : ("0755", "0644");
            var executables = Directory.EnumerateFiles(copy.HostPath, "*", SearchOption.AllDirectories)
                .Where(IsExecutable)
                .Select(f => copy.ContainerPath.TrimEnd('/') + "/" + Path.GetRelativePath(copy.HostPath, f).Replace('\\', '/'));
            var script = $"find \"$0\" -type d -exec chmod {dirMode} {{}} + && find \"$0\" -type f -exec chmod {fileMode} {{}} +"
                + $" && if [ $# -gt 0 ]; then chmod {(copy.ReadOnly ? "0555" : "0755")} \"$@\"; fi";
            var result = await environment.ExecAsync(["/bin/sh", "-c", script, copy.ContainerPath, .. executables], ct).ConfigureAwait(false);
            result.EnsureSuccess($"setting the modes of {copy.ContainerPath}");
        }
    }

    internal static async Task RemoveQuietlyAsync(IEngineContainer container, string name)
    {
        // A cancelled create may still complete in the engine after the request was abandoned: remove by name, twice.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
                await engine.RemoveAsync(ResourceKind.Container, name).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException)
            {
                // Nothing by that name yet, or the engine is busy: the reaper is the last resort.
            }

            await Task.Delay(attempt == 0 ? 500 : 0).ConfigureAwait(false);
        }

        try
        {
            await container.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The start already failed; its cause is the exception that matters. The reaper gets any leftover.
        }

        if (!string.IsNullOrEmpty(SafeId(container)))
        {
            LiveResources.Forget(ResourceKind.Container, SafeId(container)!);
        }
    }

    private static string? SafeId(IEngineContainer container)
    {
        try
        {
            return container.Id;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private sealed record Settings
    {
        public string? Image { get; init; }
        public BaseImage? BaseImage { get; init; }
        public Platform? Platform { get; init; }
        public string? StartImage { get; init; }
        public (string Context, string Dockerfile)? Dockerfile { get; init; }
        public ImmutableList<CopySpec> Copies { get; init; } = [];
        public ImmutableList<(string Path, string Content, bool ReadOnly)> Contents { get; init; } = [];
        public ImmutableDictionary<string, string> Environment { get; init; } = ImmutableDictionary<string, string>.Empty;
        public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;
        public ImmutableList<int> Ports { get; init; } = [];
        public ImmutableList<string> Tmpfs { get; init; } = [];
        public bool Init { get; init; } = true;
        public long? MemoryBytes { get; init; }
        public double? Cpus { get; init; }
        public long? Pids { get; init; }
        public ImmutableList<string> Capabilities { get; init; } = [];
        public string? Hostname { get; init; }
        public string? Network { get; init; }
        public ImmutableArray<string> Aliases { get; init; } = [];
        public ImmutableArray<string>? Command { get; init; }
        public ImmutableArray<string> Entrypoint { get; init; } = [];
        public bool Privileged { get; init; }
        public TimeSpan StartTimeout { get; init; } = DefaultStartTimeout;
        public TimeSpan? StartSettleTime { get; init; }
        public bool? KeepOnFailure { get; init; }
        public string? AptArchiveVolume { get; init; }
        public Action<string>? Log { get; init; }
    }
}
