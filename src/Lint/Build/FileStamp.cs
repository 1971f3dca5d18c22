using IacTest.Lint.Text;

namespace IacTest.Lint.Build;

/// <summary>What tells a file changed without reading it: its size and last write time.</summary>
/// <param name="Exists">Whether the file exists.</param>
/// <param name="Length">Its size in bytes; 0 when it does not exist.</param>
/// <param name="LastWriteTicks">Its last write time in UTC ticks; 0 when it does not exist.</param>
internal readonly record struct FileStamp(bool Exists, long Length, long LastWriteTicks)
{
    // Below this many files, the threads cost more than the system calls they share out.
    private const int ParallelThreshold = 256;

    /// <summary>The stamp of one file.</summary>
    public static FileStamp Of(string path) => Of(path, StatusRoot.None);

    /// <summary>The stamp of one file (a full path), its status taken relative to <paramref name="root"/> when it is below it.</summary>
    internal static FileStamp Of(string path, StatusRoot root) =>
        root.Of(path) is { Kind: PathKind.File or PathKind.Other } status ? new FileStamp(true, status.Length, status.LastWriteTicks) : default;

    /// <summary>The stamps of many files, taken in parallel: one system call each, most of a no-change build.</summary>
    public static FileStamp[] Of(IReadOnlyList<string> paths) => Of(paths, StatusRoot.None);

    /// <summary>The stamps of many files (full paths), their status taken relative to <paramref name="root"/>.</summary>
    internal static FileStamp[] Of(IReadOnlyList<string> paths, StatusRoot root)
    {
        var stamps = new FileStamp[paths.Count];
        if (paths.Count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < stamps.Length; i++)
            {
                stamps[i] = Of(paths[i], root);
            }
        }
        else
        {
            Parallel.For(0, stamps.Length, i => stamps[i] = Of(paths[i], root));
        }

        return stamps;
    }
}
