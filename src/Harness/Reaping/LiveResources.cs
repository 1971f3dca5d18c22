using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using IacTest.Harness.Engine;

namespace IacTest.Harness.Reaping;

/// <summary>
/// The resources this process has created and not yet removed. On Ctrl-C, SIGTERM or process exit they are
/// removed synchronously, so an interrupted run leaves nothing behind; a killed process is handled by
/// <see cref="Reaper"/> at the next start.
/// </summary>
public static class LiveResources
{
    private static readonly ConcurrentDictionary<(ResourceKind Kind, string Id), byte> Resources = new();
    private static readonly object Gate = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static bool _hooked;

    /// <summary>The number of resources currently tracked.</summary>
    public static int Count => Resources.Count;

    /// <summary>Tracks a resource until <see cref="Forget"/>.</summary>
    public static void Track(ResourceKind kind, string id)
    {
        Hook();
        Resources[(kind, id)] = 0;
    }

    /// <summary>Stops tracking a resource (removed or deliberately kept).</summary>
    public static void Forget(ResourceKind kind, string id) => Resources.TryRemove((kind, id), out _);

    /// <summary>
    /// Removes every tracked resource now, and the live temporary folders; used on interruption and exit. Removals of
    /// one kind run in parallel (containers before the networks and volumes they use), so the time is that of the
    /// slowest removal, not their sum — on a loaded machine the process may be killed soon after the signal.
    /// </summary>
    public static void RemoveAll()
    {
        OwnedTempFolders.RemoveAllLive();
        if (Resources.IsEmpty)
        {
            return;
        }

        try
        {
            var engine = ContainerEngine.Connect();
            foreach (var group in Resources.Keys.GroupBy(k => k.Kind).OrderBy(g => g.Key))
            {
                Task.WhenAll(group.Select(resource => RemoveQuietlyAsync(engine, resource))).GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is EngineUnavailableException or HttpRequestException)
        {
            // No engine any more: nothing to remove.
        }
    }

    private static async Task RemoveQuietlyAsync(IContainerEngine engine, (ResourceKind Kind, string Id) resource)
    {
        try
        {
            await engine.RemoveAsync(resource.Kind, resource.Id).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException or TaskCanceledException)
        {
            // Best effort while the process goes down; the reaper gets the rest at the next start.
        }

        Resources.TryRemove(resource, out _);
    }

    /// <summary>Installs the interruption and exit handlers (once).</summary>
    internal static void EnsureHooked() => Hook();

    private static void Hook()
    {
        lock (Gate)
        {
            if (_hooked)
            {
                return;
            }

            _hooked = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();
            Console.CancelKeyPress += (_, _) => RemoveAll();
            if (!OperatingSystem.IsWindows())
            {
                Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveAll()));
                Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => RemoveAll()));
                Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => RemoveAll()));
            }
        }
    }
}
