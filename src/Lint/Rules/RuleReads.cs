namespace IacTest.Lint.Rules;

/// <summary>
/// What a rule reads besides the file it checks, declared on the rule (<see cref="LintRule.Reads"/>). The build's
/// per-file result cache honours it: a file a reading rule ran on is linted again when a file the declaration covers
/// is added, removed or changed, even though the file itself did not change. A rule that reads other files without
/// declaring it gets stale findings served from the cache.
/// </summary>
public sealed class RuleReads
{
    private RuleReads(IReadOnlyList<string> folderFileSuffixes, bool repository = false)
    {
        FolderFileSuffixes = folderFileSuffixes;
        Repository = repository;
    }

    /// <summary>The checked file and nothing else: every yamllint rule, and most others.</summary>
    public static RuleReads FileOnly { get; } = new([]);

    /// <summary>
    /// The files of the checked file's own folder (not its sub-folders) whose names end with one of
    /// <paramref name="suffixes"/>: kube-linter's cross-object checks read every manifest of the folder
    /// (<c>".yaml", ".yml"</c>); a Terraform module is the <c>.tf</c> files of its folder.
    /// </summary>
    /// <param name="suffixes">Name endings, compared ordinally (<c>.yaml</c>, <c>.tf.json</c>).</param>
    public static RuleReads FolderFiles(params string[] suffixes)
    {
        if (suffixes.Length == 0 || suffixes.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("a folder read names at least one file name ending, none of them empty", nameof(suffixes));
        }

        return new RuleReads(suffixes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// The files of the whole repository the checked file belongs to (the nearest folder above it holding <c>.git</c>,
    /// else its own folder), at any depth, whose names end with one of <paramref name="suffixes"/>, and which folders
    /// exist: Argo CD and Flux reference checks read the paths and sources a repository defines.
    /// </summary>
    /// <param name="suffixes">Name endings, compared ordinally.</param>
    public static RuleReads RepositoryFiles(params string[] suffixes) => new(FolderFiles(suffixes).FolderFileSuffixes, repository: true);

    /// <summary>Whether the read covers the repository's whole tree rather than the checked file's folder.</summary>
    public bool Repository { get; }

    /// <summary>The name endings of the folder's files the rule reads; empty when it reads no other file.</summary>
    public IReadOnlyList<string> FolderFileSuffixes { get; }

    /// <summary>Whether the rule reads any file besides the one it checks.</summary>
    public bool ReadsOtherFiles => FolderFileSuffixes.Count > 0;

    /// <inheritdoc />
    public override string ToString() => Repository ? $"the repository's {string.Join(", ", FolderFileSuffixes)} files" : ReadsOtherFiles ? $"the folder's {string.Join(", ", FolderFileSuffixes)} files" : "the file only";
}
