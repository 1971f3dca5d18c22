using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Build;

/// <summary>
/// Tells the files a build names through a symbolic link to a folder below the project: yamllint and ansible-lint
/// walk a project without following such links, but MSBuild's <c>**</c> globs do, so a repository that links its
/// roles into several places would otherwise have each file linted under every path.
/// </summary>
internal sealed class SymlinkedFolders(string projectDirectory, FolderProbes folders)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(projectDirectory);

    /// <summary>
    /// <paramref name="files"/> without those reached through a symbolic link, in their order. Takes the status of every
    /// folder between the project folder and a file at once (<see cref="FolderProbes.Prefetch"/>): when none of them is
    /// a link, which is the usual case, no file needs its folders walked again.
    /// </summary>
    public List<string> WithoutLinked(List<string> files)
    {
        var between = FoldersBetween(files);
        folders.Prefetch(between);
        return between.Any(folders.IsLink) ? files.Where(f => !IsReachedThroughLink(f)).ToList() : files;
    }

    /// <summary>Every folder between the project folder and one of <paramref name="files"/>: those the check looks at.</summary>
    private HashSet<string> FoldersBetween(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(IsBelowRoot))
        {
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
            {
                if (!folders.Add(folder))
                {
                    // Its parents are in already.
                    break;
                }
            }
        }

        return folders;
    }

    /// <summary>Whether a folder between the project folder and <paramref name="file"/> is a symbolic link.</summary>
    private bool IsReachedThroughLink(string file)
    {
        if (!IsBelowRoot(file))
        {
            return false;
        }

        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (folders.IsLink(folder))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBelowRoot(string file) =>
        file.Length > _root.Length + 1 && file.StartsWith(_root, StringComparison.Ordinal) && file[_root.Length] == Path.DirectorySeparatorChar;
}
