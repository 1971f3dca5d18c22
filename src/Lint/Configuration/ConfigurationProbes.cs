namespace IacTest.Lint.Configuration;

/// <summary>
/// The file system look-ups of configuration loading: each configuration source asks through here whether a file
/// exists and reads it, so that a loading can be recorded (<see cref="Record"/>) with the state of every path it
/// looked at — found or not. A build keeps its loaded configuration while every recorded path is as it was, which
/// takes a few system calls instead of finding, reading and parsing the configuration again.
/// </summary>
internal static class ConfigurationProbes
{
    [ThreadStatic]
    private static Dictionary<string, string>? t_recording;

    /// <summary>Whether a file exists at <paramref name="path"/> (recorded).</summary>
    public static bool FileExists(string path)
    {
        Note(path);
        return File.Exists(path);
    }

    /// <summary>Whether a folder exists at <paramref name="path"/> (recorded).</summary>
    public static bool DirectoryExists(string path)
    {
        Note(path);
        return Directory.Exists(path);
    }

    /// <summary>The text of a configuration file (recorded).</summary>
    public static string ReadAllText(string path)
    {
        Note(path);
        return File.ReadAllText(path);
    }

    /// <summary>The lines of a configuration file (recorded).</summary>
    public static string[] ReadAllLines(string path)
    {
        Note(path);
        return File.ReadAllLines(path);
    }

    /// <summary>
    /// Runs <paramref name="load"/> on this thread and returns every path it looked at, with its state then
    /// (<see cref="Stamp"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Record(Action load)
    {
        var outer = t_recording;
        var recording = new Dictionary<string, string>(StringComparer.Ordinal);
        t_recording = recording;
        try
        {
            load();
        }
        finally
        {
            t_recording = outer;
            if (outer is not null)
            {
                foreach (var (path, stamp) in recording)
                {
                    outer.TryAdd(path, stamp);
                }
            }
        }

        return recording;
    }

    /// <summary>
    /// What tells a configuration path changed: a file's size and write time, a folder's existence, or its absence.
    /// </summary>
    public static string Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Exists)
            {
                return $"f:{file.Length}:{file.LastWriteTimeUtc.Ticks}";
            }

            return Directory.Exists(path) ? "d" : "-";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return "?";
        }
    }

    private static void Note(string path)
    {
        if (t_recording is { } recording && !recording.ContainsKey(path))
        {
            recording[path] = Stamp(path);
        }
    }
}
