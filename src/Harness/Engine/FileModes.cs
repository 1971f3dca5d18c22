namespace IacTest.Harness.Engine;

/// <summary>The file modes the harness gives what it copies into a container.</summary>
internal static class FileModes
{
    /// <summary>0644: a file its owner writes and everyone reads.</summary>
    public const UnixFileMode File644 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>0755: a folder or program its owner writes and everyone reads and runs.</summary>
    public const UnixFileMode Executable755 = File644 | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>0444: a file everyone reads and nobody writes.</summary>
    public const UnixFileMode ReadOnly444 = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>0600: a file only its owner reads and writes (a secret).</summary>
    public const UnixFileMode Private600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
