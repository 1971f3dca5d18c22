using IacTest.Lint.Text;

namespace IacTest.Lint.Rules;

/// <summary>
/// Files a file's findings depend on besides itself: the files of <paramref name="Folder"/> whose names end with one of
/// <paramref name="Suffixes"/>, because a rule that ran on the file declared it reads them (<see cref="RuleReads"/>).
/// </summary>
/// <param name="Folder">The full path of the folder.</param>
/// <param name="Suffixes">The name endings, sorted and joined by <c>|</c> (one text, so equal reads compare equal); led by
/// <c>**|</c> when the read covers the folder's whole tree (<see cref="RuleReads.RepositoryFiles"/>), which keeps the
/// cache's record of a read one folder and one text.</param>
public sealed record FolderRead(string Folder, string Suffixes)
{
    private const string TreeMarker = "**";

    /// <summary>Whether the read covers every sub-folder too, and which folders exist.</summary>
    public bool Tree => Suffixes.StartsWith(TreeMarker + "|", StringComparison.Ordinal);

    /// <summary>The read a rule declares when it checks the file at <paramref name="path"/>; null when it reads no other file.</summary>
    public static FolderRead? Of(RuleReads reads, string path)
    {
        if (!reads.ReadsOtherFiles)
        {
            return null;
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is not { } folder)
            {
                return null;
            }

            return reads.Repository
                ? new FolderRead(RepositoryRoot.Find(folder), TreeMarker + "|" + string.Join('|', reads.FolderFileSuffixes))
                : new FolderRead(folder, string.Join('|', reads.FolderFileSuffixes));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Text linted under a name that is no path (an editor buffer) has no folder to read.
            return null;
        }
    }

    /// <summary>Whether a file name is one of those read.</summary>
    public bool Covers(string fileName)
    {
        foreach (var suffix in Suffixes.Split('|'))
        {
            if (suffix != TreeMarker && fileName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
