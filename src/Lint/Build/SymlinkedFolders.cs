namespace IacTest.Lint.Build;

/// <summary>
/// Tells the files a build names through a symbolic link to a folder below the project: yamllint and ansible-lint
/// walk a project without following such links, but MSBuild's <c>**</c> globs do, so a repository that links its
/// roles into several places would otherwise have each file linted under every path.
/// </summary>
internal sealed class SymlinkedFolders(string projectDirectory)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(projectDirectory);
    private readonly Dictionary<string, bool> _linked = new(StringComparer.Ordinal);

    /// <summary>Whether a folder between the project folder and <paramref name="file"/> is a symbolic link.</summary>
    public bool IsReachedThroughLink(string file)
    {
        if (!(file.Length > _root.Length + 1 && file.StartsWith(_root, StringComparison.Ordinal) && file[_root.Length] == Path.DirectorySeparatorChar))
        {
            return false;
        }

        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!_linked.TryGetValue(folder, out var linked))
            {
                linked = IsLink(folder);
                _linked[folder] = linked;
            }

            if (linked)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLink(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).LinkTarget is not null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
