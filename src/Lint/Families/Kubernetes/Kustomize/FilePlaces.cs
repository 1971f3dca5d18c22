namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Names a file in a finding the way the linted file is named: a full path when the engine was given full paths, else
/// relative to the working folder, so the findings of an overlay group with those of the files they point into.
/// </summary>
internal sealed class FilePlaces
{
    private readonly string _lintedPath;
    private readonly string _lintedFullPath;
    private readonly bool _rooted;

    /// <param name="lintedPath">The path of the linted kustomization, as the engine names it.</param>
    public FilePlaces(string lintedPath)
    {
        _lintedPath = lintedPath;
        _lintedFullPath = Path.GetFullPath(lintedPath);
        _rooted = Path.IsPathRooted(lintedPath);
    }

    /// <summary>The name of <paramref name="fullPath"/> in findings.</summary>
    public string Of(string fullPath) =>
        string.Equals(fullPath, _lintedFullPath, StringComparison.Ordinal) ? _lintedPath
        : _rooted ? fullPath
        : Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
}
