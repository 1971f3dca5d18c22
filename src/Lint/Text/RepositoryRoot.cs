namespace IacTest.Lint.Text;

/// <summary>Finds the repository a folder belongs to, so report paths match what code-scanning services see.</summary>
public static class RepositoryRoot
{
    /// <summary>
    /// The nearest folder from <paramref name="directory"/> upward that holds <c>.git</c> (a folder, or the file a
    /// worktree or submodule has); <paramref name="directory"/> itself when none does.
    /// </summary>
    public static string Find(string directory)
    {
        var start = Path.GetFullPath(directory);
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return start;
    }
}
