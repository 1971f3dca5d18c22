using IacTest.Harness.Engine;

namespace IacTest.Harness.Reaping;

/// <summary>
/// Removes what dead test processes left behind: every container, network and volume whose <c>iactest.owner</c>
/// names a process on this host that no longer runs (or whose pid now belongs to a younger process).
/// Replaces the Testcontainers reaper, whose image cannot be pulled offline.
/// </summary>
public static class Reaper
{
    private static readonly object Gate = new();
    private static Task<ReapReport>? _once;

    /// <summary>Reaps once per process; later calls return the first report.</summary>
    public static Task<ReapReport> ReapOnceAsync()
    {
        lock (Gate)
        {
            return _once ??= ReapAsync();
        }
    }

    /// <summary>Reaps the leftovers of dead owners now.</summary>
    public static async Task<ReapReport> ReapAsync(CancellationToken ct = default)
    {
        using var api = await DockerEngine.CreateApiAsync().ConfigureAwait(false);
        var removed = new List<LabelledResource>();
        var failures = new List<string>();
        // Containers first: networks and volumes in use cannot be removed.
        foreach (var kind in new[] { ResourceKind.Container, ResourceKind.Network, ResourceKind.Volume })
        {
            foreach (var resource in await api.ListLabelledAsync(kind, HarnessSession.OwnerLabel, ct).ConfigureAwait(false))
            {
                if (!IsOrphan(resource))
                {
                    continue;
                }

                try
                {
                    await api.RemoveAsync(kind, resource.Id, ct).ConfigureAwait(false);
                    removed.Add(resource);
                }
                catch (DockerApiException e)
                {
                    failures.Add($"{kind} {resource.Name}: {e.Message}");
                }
            }
        }

        return new ReapReport(removed, failures);
    }

    /// <summary>True when <paramref name="resource"/> belongs to a process of this host that is gone.</summary>
    public static bool IsOrphan(LabelledResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Kind == ResourceKind.Container && resource.Name.StartsWith(HarnessSession.KeptNamePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (!resource.Labels.TryGetValue(HarnessSession.OwnerLabel, out var owner))
        {
            return false;
        }

        var separator = owner.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(owner.AsSpan(separator + 1), out var pid))
        {
            return false;
        }

        // Another host's processes cannot be checked from here: leave them to that host.
        if (!string.Equals(owner[..separator], Environment.MachineName, StringComparison.Ordinal))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return false;
        }

        var start = HarnessSession.StartTicksOf(pid);
        if (start is null)
        {
            return true;
        }

        return resource.Labels.TryGetValue(HarnessSession.OwnerStartLabel, out var recorded) && recorded.Length > 0 && !HarnessSession.SameStart(recorded, start);
    }
}
