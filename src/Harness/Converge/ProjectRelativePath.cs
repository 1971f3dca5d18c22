using System.Reflection;
using IacTest.Harness.Discovery;

namespace IacTest.Harness.Converge;

/// <summary>
/// Resolves the paths a test gives the converge API. A relative path means the project's own folder (where the
/// roles are), not the test's working directory (the output folder under bin/), so a path that reads right in the
/// project reads right here; a test assembly that records no project folder keeps the working directory.
/// </summary>
internal static class ProjectRelativePath
{
    /// <summary>The full path of <paramref name="path"/>, relative paths against <paramref name="caller"/>'s project folder.</summary>
    public static string Resolve(string path, Assembly caller)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var projectDirectory = ProjectFiles.TryDirectoryOf(caller);
        return projectDirectory is null || Path.IsPathRooted(path)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(projectDirectory, path));
    }

    /// <summary>The resolved folder; a missing one fails now, before any container starts, naming both paths.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static string RequireDirectory(string path, Assembly caller, string what)
    {
        var full = Resolve(path, caller);
        return Directory.Exists(full) ? full : throw new DirectoryNotFoundException(Missing(what, path, full, caller));
    }

    /// <summary>The resolved file; a missing one fails now, before any container starts, naming both paths.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string RequireFile(string path, Assembly caller, string what)
    {
        var full = Resolve(path, caller);
        return File.Exists(full) ? full : throw new FileNotFoundException(Missing(what, path, full, caller), full);
    }

    private static string Missing(string what, string given, string full, Assembly caller)
    {
        var projectDirectory = ProjectFiles.TryDirectoryOf(caller);
        var against = Path.IsPathRooted(given) ? "" : projectDirectory is null
            ? $" (relative to the working directory {Environment.CurrentDirectory})"
            : $" (relative to the project folder {projectDirectory})";
        return given == full
            ? $"The {what} {full} does not exist."
            : $"The {what} '{given}' does not exist: no {full}{against}.";
    }
}
