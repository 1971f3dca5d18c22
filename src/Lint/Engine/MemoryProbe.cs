namespace IacTest.Lint.Engine;

/// <summary>
/// A measuring hook: with <c>IACTEST_MEMORY_PROBE=1</c> the engine writes to standard error, at the end of each stage
/// of a file, the managed heap, the collector's view (heap size, fragmentation, committed) and the process's resident
/// and peak resident memory, so the stage that sets a big file's peak can be found in the published binary
/// (bench/memory). <c>IACTEST_MEMORY_PROBE=collect</c> collects first, to show what is live rather than what is
/// allocated. Off, and free, when unset.
/// </summary>
internal static class MemoryProbe
{
    /// <summary>The environment variable that turns the probe on.</summary>
    public const string EnvironmentVariable = "IACTEST_MEMORY_PROBE";

    private static readonly string? Mode = Environment.GetEnvironmentVariable(EnvironmentVariable);

    /// <summary>Whether the probe is on in this process.</summary>
    public static bool IsOn => Mode is not null;

    /// <summary>Writes one line of figures for the end of <paramref name="stage"/>.</summary>
    public static void At(string stage)
    {
        if (Mode is null)
        {
            return;
        }

        if (Mode == "collect")
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        var info = GC.GetGCMemoryInfo();
        var (rss, peak) = ResidentKilobytes();
        Console.Error.WriteLine(
            $"memory-probe {stage,-28} heap {Mb(GC.GetTotalMemory(false)),7} MB  gc-heap {Mb(info.HeapSizeBytes),7} MB  " +
            $"fragmented {Mb(info.FragmentedBytes),7} MB  committed {Mb(info.TotalCommittedBytes),7} MB  " +
            $"allocated {Mb(GC.GetTotalAllocatedBytes()),8} MB  rss {rss / 1024,6} MB  peak-rss {peak / 1024,6} MB  gcs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    private static (long Rss, long Peak) ResidentKilobytes()
    {
        long rss = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: the managed figures stand alone.
        }

        return (rss, peak);
    }

    private static long Kilobytes(string line) =>
        long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), out var value) ? value : 0;
}
