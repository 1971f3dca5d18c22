using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.Logging.Abstractions;

namespace IacTest.Harness.Engine;

/// <summary>A container run by Testcontainers, from a <see cref="ContainerDefinition"/>.</summary>
internal sealed class TestcontainersContainer : IEngineContainer
{
    private readonly IContainer _container;

    private TestcontainersContainer(IContainer container) => _container = container;

    public string Id => _container.Id;

    public string Hostname => _container.Hostname;

    public string IpAddress => _container.IpAddress;

    public static TestcontainersContainer Define(ContainerDefinition definition, EngineInfo engine)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var builder = new ContainerBuilder(definition.Image)
            .WithLogger(NullLogger.Instance)
            .WithName(definition.Name)
            .WithCleanUp(true);
        foreach (var (key, value) in definition.Labels)
        {
            builder = builder.WithLabel(key, value);
        }

        foreach (var (key, value) in definition.Environment)
        {
            builder = builder.WithEnvironment(key, value);
        }

        foreach (var port in definition.Ports)
        {
            builder = builder.WithPortBinding(port, assignRandomHostPort: true);
        }

        foreach (var file in definition.Files)
        {
            var mode = ModeOf(file.Mode);
            builder = file switch
            {
                { HostPath: { } folder, IsDirectory: true } => builder.WithResourceMapping(new DirectoryInfo(folder), file.ContainerPath, fileMode: mode),
                { HostPath: { } path } => builder.WithResourceMapping(new FileInfo(path), new FileInfo(file.ContainerPath), fileMode: mode),
                _ => builder.WithResourceMapping(file.Content ?? [], file.ContainerPath, fileMode: mode),
            };
        }

        foreach (var (path, options) in definition.Tmpfs.Where(t => t.Value.Length == 0))
        {
            builder = builder.WithTmpfsMount(path);
        }

        if (definition.Hostname is { } hostname)
        {
            builder = builder.WithHostname(hostname);
        }

        if (definition.Network is { } network)
        {
            builder = builder.WithNetwork(network);
            if (definition.NetworkAliases.Count > 0)
            {
                builder = builder.WithNetworkAliases([.. definition.NetworkAliases]);
            }
        }

        if (definition.Entrypoint.Count > 0)
        {
            builder = builder.WithEntrypoint([.. definition.Entrypoint]);
        }

        builder = builder.WithCommand([.. definition.Command]);
        if (definition.Privileged)
        {
            builder = builder.WithPrivileged(true);
        }

        builder = builder.WithCreateParameterModifier(parameters => HostSettings(parameters, definition, engine));
        return new TestcontainersContainer(builder.Build());
    }

    // What the builder has no method for goes straight into the create request.
    private static void HostSettings(Docker.DotNet.Models.CreateContainerParameters parameters, ContainerDefinition definition, EngineInfo engine)
    {
        var host = parameters.HostConfig ??= new Docker.DotNet.Models.HostConfig();
        // Podman has no docker-init by default; its catatonit is used when configured, else no init.
        host.Init = definition.Init && !engine.IsPodman ? true : null;
        if (definition.MemoryBytes > 0)
        {
            host.Memory = definition.MemoryBytes;
        }

        if (definition.Cpus > 0)
        {
            host.NanoCPUs = (long)(definition.Cpus * 1_000_000_000);
        }

        if (definition.PidsLimit > 0)
        {
            host.PidsLimit = definition.PidsLimit;
        }

        if (!definition.Privileged)
        {
            host.CapDrop = [.. definition.CapDrop];
            if (definition.CapAdd.Count > 0)
            {
                host.CapAdd = [.. definition.CapAdd];
            }
        }

        foreach (var (path, options) in definition.Tmpfs.Where(t => t.Value.Length > 0))
        {
            host.Tmpfs ??= new Dictionary<string, string>();
            host.Tmpfs[path] = options;
        }

        if (definition.HostCgroupNamespace)
        {
            host.CgroupnsMode = "host";
        }

        if (definition.Binds.Count > 0)
        {
            host.Binds ??= [];
            foreach (var bind in definition.Binds)
            {
                host.Binds.Add(bind);
            }
        }

        if (definition.StopSignal is { } signal)
        {
            parameters.StopSignal = signal;
        }

        if (definition.ReadOnlyVolumes.Count > 0)
        {
            host.Mounts ??= [];
            foreach (var (volume, target) in definition.ReadOnlyVolumes)
            {
                host.Mounts.Add(new Docker.DotNet.Models.Mount
                {
                    Type = "volume",
                    Source = volume,
                    Target = target,
                    ReadOnly = true,
                    VolumeOptions = new Docker.DotNet.Models.VolumeOptions { NoCopy = true },
                });
            }
        }
    }

    // Testcontainers' modes have the same bits as the runtime's.
    private static UnixFileModes ModeOf(UnixFileMode mode) => (UnixFileModes)(int)mode;

    public Task StartAsync(CancellationToken ct = default) => _container.StartAsync(ct);

    public int GetMappedPort(int containerPort) => _container.GetMappedPublicPort(containerPort);

    public async Task<EngineExecResult> ExecAsync(IReadOnlyList<string> command, CancellationToken ct = default)
    {
        var result = await _container.ExecAsync([.. command], ct).ConfigureAwait(false);
        return new EngineExecResult((int)(result.ExitCode ?? -1), result.Stdout, result.Stderr);
    }

    public Task CopyAsync(byte[] content, string path, UnixFileMode mode, CancellationToken ct = default) =>
        _container.CopyAsync(content, path, fileMode: ModeOf(mode), ct: ct);

    public Task CopyDirectoryAsync(string hostPath, string path, UnixFileMode mode, CancellationToken ct = default) =>
        _container.CopyAsync(new DirectoryInfo(hostPath), path, fileMode: ModeOf(mode), ct: ct);

    public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) => _container.ReadFileAsync(path, ct);

    public async Task<(string Stdout, string Stderr)> GetLogsAsync(CancellationToken ct = default) =>
        await _container.GetLogsAsync(timestampsEnabled: false, ct: ct).ConfigureAwait(false);

    public Task<long> WaitForExitAsync(CancellationToken ct = default) => _container.GetExitCodeAsync(ct);

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
