namespace IacTest.Harness.Drift;

/// <summary>Where an entry points in the repository: a path relative to its root (with <c>/</c>) and a 1-based line.</summary>
/// <param name="Path">The file, relative to the repository root, e.g. <c>roles/web/tasks/main.yml</c>.</param>
/// <param name="Line">The 1-based line (the task's first line).</param>
public sealed record ReportLocation(string Path, int Line)
{
    /// <summary>
    /// The location of <paramref name="file"/> (absolute, or relative to the root) inside <paramref name="repositoryRoot"/>;
    /// a file outside the root keeps its full path, as nothing shorter would find it.
    /// </summary>
    public static ReportLocation Relative(string repositoryRoot, string file, int line)
    {
        var full = System.IO.Path.GetFullPath(file, repositoryRoot);
        var relative = System.IO.Path.GetRelativePath(repositoryRoot, full);
        var path = relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative;
        return new ReportLocation(path.Replace('\\', '/'), Math.Max(1, line));
    }

    /// <summary>The <c>path:line</c> form editors and CI logs turn into links.</summary>
    public override string ToString() => $"{Path}:{Line}";
}
