using IacTest.Harness.Engine;

namespace IacTest.Harness.Reaping;

/// <summary>
/// Removes what dead test processes left behind: every container, network and volume whose <c>iactest.owner</c>
/// names a process on this host that no longer runs (or whose pid now belongs to a younger process), and their
/// private temporary folders (converge inputs). Replaces the Testcontainers reaper, whose image cannot be pulled
/// offline. Runs at the first environment start or converge of each test host; call <see cref="ReapAsync"/> to reap on demand.
/// </summary>
public static class Reaper
{
    private static readonly object Gate = new();
    private static Task<ReapReport>? _once;
    private static int _foldersReaped;

    /// <summary>Reaps once per process; later calls return the first report.</summary>
    public static Task<ReapReport> ReapOnceAsync()
    {
        lock (Gate)
        {
            return _once ??= ReapAsync();
        }
    }

    /// <summary>Removes the temporary folders of dead owners once per process (no engine needed).</summary>
    internal static void ReapFoldersOnce()
    {
        if (Interlocked.Exchange(ref _foldersReaped, 1) == 0)
        {
            OwnedTempFolders.ReapDead();
        }
    }

    /// <summary>Reaps the leftovers of dead owners now: temporary folders, then containers, networks and volumes.</summary>
    /// <exception cref="EngineUnavailableException">When no engine answers (the folders are reaped first all the same).</exception>
    public static async Task<ReapReport> ReapAsync(CancellationToken ct = default)
    {
        var folders = OwnedTempFolders.ReapDead();
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        var removed = new List<LabelledResource>();
        var failures = new List<string>();
        // Containers first: networks and volumes in use cannot be removed.
        foreach (var kind in new[] { ResourceKind.Container, ResourceKind.Network, ResourceKind.Volume })
        {
            foreach (var resource in await engine.ListLabelledAsync(kind, HarnessSession.OwnerLabel, ct).ConfigureAwait(false))
            {
                if (!IsOrphan(resource))
                {
                    continue;
                }

                try
                {
                    await engine.RemoveAsync(kind, resource.Id, ct).ConfigureAwait(false);
                    removed.Add(resource);
                }
                catch (DockerApiException e) when (kind == ResourceKind.Volume && e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
                {
                    // The module volume of a kept environment: removed once the kept container is gone.
                }
                catch (DockerApiException e)
                {
                    failures.Add($"{kind} {resource.Name}: {e.Message}");
                }
            }
        }

        return new ReapReport(removed, failures) { RemovedFolders = folders };
    }

    /// <summary>True when <paramref name="resource"/> belongs to a process of this host that is gone.</summary>
    public static bool IsOrphan(LabelledResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Kind == ResourceKind.Container && resource.Name.StartsWith(HarnessSession.KeptNamePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        return resource.Labels.TryGetValue(HarnessSession.OwnerLabel, out var owner)
            && OwnerIsGone(owner, resource.Labels.TryGetValue(HarnessSession.OwnerStartLabel, out var start) ? start : null);
    }

    /// <summary>
    /// True when <paramref name="owner"/> (<c>host:pid</c>) is a process of this host that no longer runs, or whose pid
    /// now belongs to a process started at another time than <paramref name="recordedStart"/>.
    /// </summary>
    public static bool OwnerIsGone(string owner, string? recordedStart)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var separator = owner.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(owner.AsSpan(separator + 1), out var pid))
        {
            return false;
        }

        // Another host's processes cannot be checked from here: leave them to that host.
        if (!string.Equals(owner[..separator], Environment.MachineName, StringComparison.Ordinal) || pid == Environment.ProcessId)
        {
            return false;
        }

        var start = HarnessSession.StartTicksOf(pid);
        if (start is null)
        {
            return true;
        }

        return recordedStart is { Length: > 0 } && !HarnessSession.SameStart(recordedStart, start);
    }
}
