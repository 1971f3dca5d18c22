using IacTest.Harness.Engine;

namespace IacTest.Harness.Images;

/// <summary>
/// The container settings systemd needs to run as PID 1 without privileges — the same ones Molecule's docker driver
/// users write by hand for their systemd images.
/// </summary>
internal static class SystemdSettings
{
    /// <summary>systemd itself as the container's command (PID 1: no docker-init in front of it).</summary>
    public static readonly IReadOnlyList<string> Command = ["/lib/systemd/systemd"];

    /// <summary>systemd halts on SIGRTMIN+3 (its SIGTERM re-executes it), so the container stops at once.</summary>
    public const string StopSignal = "SIGRTMIN+3";

    /// <summary>
    /// Adds tmpfs on <c>/run</c> and <c>/run/lock</c> (systemd refuses to start without a writable <c>/run</c>), the
    /// host's cgroup namespace with its cgroup tree mounted (systemd reads its own cgroup there; read-only is enough on
    /// cgroup v1, v2 needs it writable to create the units' groups) and the stop signal.
    /// </summary>
    public static ContainerDefinition Apply(ContainerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var tmpfs = new Dictionary<string, string>(definition.Tmpfs, StringComparer.Ordinal)
        {
            ["/run"] = "rw,nosuid,nodev,mode=755",
            ["/run/lock"] = "rw,nosuid,nodev,noexec,mode=1777",
        };
        return definition with
        {
            Tmpfs = tmpfs,
            HostCgroupNamespace = true,
            Binds = [.. definition.Binds, IsCgroupV2 ? "/sys/fs/cgroup:/sys/fs/cgroup:rw" : "/sys/fs/cgroup:/sys/fs/cgroup:ro"],
            StopSignal = StopSignal,
        };
    }

    // The engine is local (a socket on this machine), so the host's hierarchy is the engine's.
    private static bool IsCgroupV2 => File.Exists("/sys/fs/cgroup/cgroup.controllers");
}
