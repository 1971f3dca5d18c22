using System.Runtime.InteropServices;

namespace IacTest.Lint.Text;

/// <summary>
/// What kind of file system entry a path names. .NET does not tell a FIFO, socket or device from a regular file, and
/// opening a FIFO blocks until something writes to it: the linter asks before it opens.
/// </summary>
internal static unsafe partial class FileType
{
    // The runtime's own portable stat (its shim normalises the type bits, so they do not depend on the platform).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    private static bool _statUnavailable;

    /// <summary>
    /// What the path names when that is not a regular file (following symbolic links), in words for a message:
    /// "a FIFO (named pipe)", "a socket", "a device"; null for a regular file, a folder, a missing path, or where the
    /// type cannot be known (Windows, where no such entries are named like files).
    /// </summary>
    public static string? DescribeIfSpecial(string path)
    {
        if (OperatingSystem.IsWindows() || _statUnavailable)
        {
            return null;
        }

        // Large enough for any version of the shim's status record; the type is in its second field.
        var status = stackalloc byte[512];
        try
        {
            if (Stat(path, status) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim's entry point: files are read as before rather than not at all.
            _statUnavailable = true;
            return null;
        }

        return (*(int*)(status + 4) & TypeMask) switch
        {
            Regular or Directory => null,
            Fifo => "a FIFO (named pipe)",
            Socket => "a socket",
            CharacterDevice or BlockDevice => "a device",
            _ => "not a regular file",
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte* status);
}
