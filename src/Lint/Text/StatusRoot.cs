using System.Runtime.InteropServices;
using System.Text;

namespace IacTest.Lint.Text;

/// <summary>
/// Status calls for the paths below one folder, as a build takes them for every file and folder of a project. On Linux
/// with glibc the folder is opened once and each path's status is one <c>statx</c> relative to it: the kernel walks only
/// the part of the path below the folder, and none of <see cref="FileInfo"/>'s per-call work (path normalisation, an
/// object per path, a <c>geteuid</c> call) is done. Measured on a no-change build of 1,200 files in 2,074 folders, these
/// calls were about 45% of the native worker's CPU time. Elsewhere, and for any path the native call cannot answer,
/// <see cref="FileInfo"/> and <see cref="DirectoryInfo"/> answer as before. Safe to use from several threads.
/// </summary>
internal sealed unsafe class StatusRoot : IDisposable
{
    // <fcntl.h> and <linux/stat.h>: the same values on every Linux architecture .NET runs on.
    private const int OpenPath = 0x200000;         // O_PATH: a handle to walk from, not to read
    private const int OpenCloseOnExec = 0x80000;   // O_CLOEXEC: not inherited by processes the build starts
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtNoAutomount = 0x800;       // as stat(2) does
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxMtime = 0x40, StatxSize = 0x200;
    private const int TypeMask = 0xF000, Link = 0xA000, Directory = 0x4000, Regular = 0x8000;

    // struct statx has one layout on every architecture (unlike struct stat): mode at 28, size at 40, mtime at 112.
    private const int StatxBufferSize = 256;
    private const int ModeOffset = 28, SizeOffset = 40, MtimeSecondsOffset = 112, MtimeNanosecondsOffset = 120;

    private static readonly IntPtr Library = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero;
    private static readonly delegate* unmanaged<int, byte*, int, uint, byte*, int> Statx = (delegate* unmanaged<int, byte*, int, uint, byte*, int>)Export("statx");
    private static readonly delegate* unmanaged<byte*, int, int> Open = (delegate* unmanaged<byte*, int, int>)Export("open");
    private static readonly delegate* unmanaged<int, int> Close = (delegate* unmanaged<int, int>)Export("close");

    private readonly string _prefix;
    private int _descriptor;

    private StatusRoot(string folder, int descriptor)
    {
        _prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        _descriptor = descriptor;
    }

    /// <summary>Whether this process makes the native calls (false: every status comes from <see cref="FileInfo"/>).</summary>
    public static bool NativeCalls => Statx != null && Open != null && Close != null;

    /// <summary>Status calls relative to <paramref name="folder"/> (a full path); absolute ones when it cannot be opened.</summary>
    public static StatusRoot At(string folder)
    {
        var descriptor = AtFdCwd;
        if (NativeCalls)
        {
            var opened = WithUtf8(folder, path => Open((byte*)path, OpenPath | OpenCloseOnExec));
            descriptor = opened >= 0 ? opened : AtFdCwd;
        }

        return new StatusRoot(folder, descriptor);
    }

    /// <summary>Status calls with full paths only, for callers that have no common folder.</summary>
    public static StatusRoot None { get; } = new(Path.DirectorySeparatorChar.ToString(), AtFdCwd);

    /// <summary>The status of <paramref name="fullPath"/>, following a symbolic link.</summary>
    public PathStatus Of(string fullPath)
    {
        if (NativeCalls && _descriptor != -1 && NativeStatus(fullPath) is { } status)
        {
            return status;
        }

        return ManagedStatus(fullPath);
    }

    public void Dispose()
    {
        var descriptor = Interlocked.Exchange(ref _descriptor, -1);
        if (descriptor >= 0)
        {
            Close(descriptor);
        }
    }

    private PathStatus? NativeStatus(string fullPath)
    {
        // Below the folder: the part after it, walked from the open folder; anything else: the full path.
        var descriptor = _descriptor;
        var relative = descriptor >= 0 && fullPath.Length > _prefix.Length && fullPath.StartsWith(_prefix, StringComparison.Ordinal);
        var path = relative ? fullPath.AsSpan(_prefix.Length) : fullPath.AsSpan();
        var length = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        if (length > 8192)
        {
            return null;
        }

        var name = stackalloc byte[length];
        name[Encoding.UTF8.GetBytes(path, new Span<byte>(name, length - 1))] = 0;
        var buffer = stackalloc byte[StatxBufferSize];
        var from = relative ? descriptor : AtFdCwd;
        const uint Mask = StatxType | StatxMode | StatxMtime | StatxSize;

        // A path that is missing or cannot be looked at is left to FileInfo, which tells those cases as .NET always has.
        if (Statx(from, name, AtSymlinkNoFollow | AtNoAutomount, Mask, buffer) != 0)
        {
            return null;
        }

        var isLink = (*(ushort*)(buffer + ModeOffset) & TypeMask) == Link;
        if (isLink && Statx(from, name, AtNoAutomount, Mask, buffer) != 0)
        {
            return null; // a dangling link
        }

        var kind = (*(ushort*)(buffer + ModeOffset) & TypeMask) switch
        {
            Regular => PathKind.File,
            Directory => PathKind.Directory,
            _ => PathKind.Other,
        };
        // The ticks FileSystemInfo computes from the same seconds and nanoseconds.
        var ticks = DateTime.UnixEpoch.Ticks + (*(long*)(buffer + MtimeSecondsOffset) * TimeSpan.TicksPerSecond) + (*(uint*)(buffer + MtimeNanosecondsOffset) / 100);
        return new PathStatus(kind, isLink, kind == PathKind.Directory ? 0 : (long)*(ulong*)(buffer + SizeOffset), ticks);
    }

    private static PathStatus ManagedStatus(string fullPath)
    {
        try
        {
            var file = new FileInfo(fullPath);
            if (file.Exists)
            {
                return new PathStatus(PathKind.File, (file.Attributes & FileAttributes.ReparsePoint) != 0, file.Length, file.LastWriteTimeUtc.Ticks);
            }

            var folder = new DirectoryInfo(fullPath);
            return folder.Exists
                ? new PathStatus(PathKind.Directory, (folder.Attributes & FileAttributes.ReparsePoint) != 0, 0, folder.LastWriteTimeUtc.Ticks)
                : PathStatus.Missing;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return PathStatus.Missing;
        }
    }

    private static T WithUtf8<T>(string text, Func<IntPtr, T> call)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        fixed (byte* pointer = bytes)
        {
            return call((IntPtr)pointer);
        }
    }

    private static IntPtr Export(string name) =>
        Library != IntPtr.Zero && NativeLibrary.TryGetExport(Library, name, out var address) ? address : IntPtr.Zero;
}
