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

    /// <summary>
    /// The start time of a running process as text, or null when it is gone: on Linux the exact start field of
    /// <c>/proc/PID/stat</c> (clock ticks since boot, identical from every process), elsewhere UTC ticks.
    /// </summary>
    public static string? StartTicksOf(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var text = File.ReadAllText(stat);
                // Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                return "proc:" + fields[19];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

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

    /// <summary>True when two start values name the same process start (UTC ticks may differ by rounding).</summary>
    public static bool SameStart(string recorded, string current)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(current);
        if (long.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && long.TryParse(current, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return Math.Abs(a - b) < TimeSpan.TicksPerSecond;
        }

        return recorded == current;
    }
}
