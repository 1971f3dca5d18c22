namespace IacTest.Harness.Engine;

/// <summary>Everything the engine needs to create a container; engine defaults where a value is null or empty.</summary>
internal sealed record ContainerDefinition(string Image, string Name)
{
    /// <summary>Labels of the container.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables of its processes.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Container ports published on random host ports.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [];

    /// <summary>Files and folders put in before start.</summary>
    public IReadOnlyList<ContainerFile> Files { get; init; } = [];

    /// <summary>Tmpfs mounts by path, with their mount options (empty for the engine's default options).</summary>
    public IReadOnlyDictionary<string, string> Tmpfs { get; init; } = new Dictionary<string, string>();

    /// <summary>Host bind mounts in the engine's <c>source:target[:options]</c> form.</summary>
    public IReadOnlyList<string> Binds { get; init; } = [];

    /// <summary>Named volumes mounted read-only, never filled from the image.</summary>
    public IReadOnlyList<(string Volume, string Target)> ReadOnlyVolumes { get; init; } = [];

    /// <summary>The hostname, or null for the engine's.</summary>
    public string? Hostname { get; init; }

    /// <summary>The network to join, or null for the default one.</summary>
    public string? Network { get; init; }

    /// <summary>Other names of the container on <see cref="Network"/>.</summary>
    public IReadOnlyList<string> NetworkAliases { get; init; } = [];

    /// <summary>The entrypoint, or empty for the image's.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>The command.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>True for a privileged container (then no capability is dropped).</summary>
    public bool Privileged { get; init; }

    /// <summary>True for an init process in front of the command (ignored by engines without one).</summary>
    public bool Init { get; init; }

    /// <summary>The memory limit in bytes; 0 for none.</summary>
    public long MemoryBytes { get; init; }

    /// <summary>The CPU limit in CPUs; 0 for none.</summary>
    public double Cpus { get; init; }

    /// <summary>The process count limit; 0 for none.</summary>
    public long PidsLimit { get; init; }

    /// <summary>Capabilities dropped (unless privileged).</summary>
    public IReadOnlyList<string> CapDrop { get; init; } = [];

    /// <summary>Capabilities added (unless privileged).</summary>
    public IReadOnlyList<string> CapAdd { get; init; } = [];

    /// <summary>True to share the host's cgroup namespace.</summary>
    public bool HostCgroupNamespace { get; init; }

    /// <summary>The signal that stops the container, or null for the image's.</summary>
    public string? StopSignal { get; init; }
}
