using System.Runtime.InteropServices;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// The C library calls <see cref="WorkerProcess"/> spawns with, as function pointers: unlike <c>DllImport</c> they
/// need no library probing and no marshalling stubs, which a cold build process pays for in milliseconds.
/// </summary>
internal static unsafe class LibC
{
    /// <summary>The C library, when this is Linux with glibc (whose name it has); null elsewhere.</summary>
    private static readonly IntPtr Library = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero;

    /// <summary>Whether the calls below can be made.</summary>
    public static bool Available => Library != IntPtr.Zero;

    /// <summary><c>int pipe2(int fds[2], int flags)</c>.</summary>
    public static readonly delegate* unmanaged<int*, int, int> Pipe2 = (delegate* unmanaged<int*, int, int>)Export("pipe2");

    /// <summary><c>int close(int fd)</c>.</summary>
    public static readonly delegate* unmanaged<int, int> Close = (delegate* unmanaged<int, int>)Export("close");

    /// <summary><c>ssize_t read(int fd, void *buf, size_t count)</c>.</summary>
    public static readonly delegate* unmanaged<int, byte*, nuint, nint> Read = (delegate* unmanaged<int, byte*, nuint, nint>)Export("read");

    /// <summary><c>ssize_t write(int fd, const void *buf, size_t count)</c>.</summary>
    public static readonly delegate* unmanaged<int, byte*, nuint, nint> Write = (delegate* unmanaged<int, byte*, nuint, nint>)Export("write");

    /// <summary><c>int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *attributes, char *const argv[], char *const envp[])</c>.</summary>
    public static readonly delegate* unmanaged<int*, byte*, byte*, void*, byte**, byte**, int> PosixSpawn =
        (delegate* unmanaged<int*, byte*, byte*, void*, byte**, byte**, int>)Export("posix_spawn");

    /// <summary><c>int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)</c>.</summary>
    public static readonly delegate* unmanaged<byte*, int> FileActionsInit = (delegate* unmanaged<byte*, int>)Export("posix_spawn_file_actions_init");

    /// <summary><c>int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd)</c>.</summary>
    public static readonly delegate* unmanaged<byte*, int, int, int> FileActionsAddDup2 = (delegate* unmanaged<byte*, int, int, int>)Export("posix_spawn_file_actions_adddup2");

    /// <summary><c>int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd, const char *path, int flags, mode_t mode)</c>.</summary>
    public static readonly delegate* unmanaged<byte*, int, byte*, int, int, int> FileActionsAddOpen =
        (delegate* unmanaged<byte*, int, byte*, int, int, int>)Export("posix_spawn_file_actions_addopen");

    /// <summary><c>int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)</c>.</summary>
    public static readonly delegate* unmanaged<byte*, int> FileActionsDestroy = (delegate* unmanaged<byte*, int>)Export("posix_spawn_file_actions_destroy");

    /// <summary>
    /// <c>int fcntl(int fd, int cmd, int arg)</c>: variadic in C, called here with one int argument, which the x64 and
    /// arm64 Linux calling conventions pass exactly as a fixed argument.
    /// </summary>
    public static readonly delegate* unmanaged<int, int, int, int> Fcntl = (delegate* unmanaged<int, int, int, int>)Export("fcntl");

    /// <summary><c>int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)</c>.</summary>
    public static readonly delegate* unmanaged<int, uint, byte*, int, int> WaitId = (delegate* unmanaged<int, uint, byte*, int, int>)Export("waitid");

    /// <summary><c>pid_t waitpid(pid_t pid, int *status, int options)</c>.</summary>
    public static readonly delegate* unmanaged<int, int*, int, int> WaitPid = (delegate* unmanaged<int, int*, int, int>)Export("waitpid");

    /// <summary><c>int kill(pid_t pid, int signal)</c>.</summary>
    public static readonly delegate* unmanaged<int, int, int> Kill = (delegate* unmanaged<int, int, int>)Export("kill");

    /// <summary>The <c>errno</c> of the last call on this thread.</summary>
    public static int LastError => Marshal.GetLastSystemError();

    private static IntPtr Export(string name) =>
        Library != IntPtr.Zero && NativeLibrary.TryGetExport(Library, name, out var address) ? address : IntPtr.Zero;
}
