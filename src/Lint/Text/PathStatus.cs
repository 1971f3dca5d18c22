namespace IacTest.Lint.Text;

/// <summary>What one status call tells of a path, following a symbolic link (whose own kind <see cref="IsLink"/> keeps).</summary>
/// <param name="Kind">What the path (or a link's target) is.</param>
/// <param name="IsLink">Whether the path itself is a symbolic link.</param>
/// <param name="Length">Size in bytes; 0 when missing.</param>
/// <param name="LastWriteTicks">Last write time in UTC ticks, as <see cref="FileSystemInfo.LastWriteTimeUtc"/> gives it; 0 when missing.</param>
internal readonly record struct PathStatus(PathKind Kind, bool IsLink, long Length, long LastWriteTicks)
{
    /// <summary>The status of a path that does not exist (or cannot be looked at).</summary>
    public static PathStatus Missing => default;
}

/// <summary>The kinds of entry a build's status calls tell apart.</summary>
internal enum PathKind
{
    /// <summary>Nothing there, or nothing that could be looked at.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO, socket or device.</summary>
    Other,
}
