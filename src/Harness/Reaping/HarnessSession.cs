using System.Diagnostics;
using System.Globalization;

namespace IacTest.Harness.Reaping;

/// <summary>
/// The identity of this test process as written on every resource it creates: a session id and the owner
/// (host and process id, plus the process start time so a recycled pid is not mistaken for the owner).
/// </summary>
public static class HarnessSession
{
    /// <summary>Label holding the session id.</summary>
    public const string SessionLabel = "iactest.session";

    /// <summary>Label holding the owner, <c>host:pid</c>.</summary>
    public const string OwnerLabel = "iactest.owner";

    /// <summary>Label holding the owner process's start time (UTC ticks).</summary>
    public const string OwnerStartLabel = "iactest.owner-start";

    /// <summary>Name prefix of environments kept for debugging (IACTEST_KEEP_ON_FAILURE=1); never reaped.</summary>
    public const string KeptNamePrefix = "iactest-kept-";

    /// <summary>This process's session id.</summary>
    public static string Id { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>This process's owner value, <c>host:pid</c>.</summary>
    public static string Owner { get; } = OwnerOf(Environment.MachineName, Environment.ProcessId);

    /// <summary>This process's start time label value.</summary>
    public static string OwnerStart { get; } = StartTicksOf(Environment.ProcessId) ?? "";

    /// <summary>The labels every harness resource carries.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SessionLabel] = Id,
        [OwnerLabel] = Owner,
        [OwnerStartLabel] = OwnerStart,
    };

    /// <summary>Formats an owner value.</summary>
    public static string OwnerOf(string host, int pid) => $"{host}:{pid.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The start time (UTC ticks, invariant text) of a running process, or null when it is gone.</summary>
    public static string? StartTicksOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
