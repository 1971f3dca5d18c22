using System.Text;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Build;

/// <summary>
/// The state of the folders cross-file rules read, for the cache: each <see cref="FolderRead"/>'s files by name, size
/// and write time, taken from one listing of the folder and kept for the build, so files of one folder share it.
/// </summary>
internal sealed class FolderSignatures
{
    private readonly Dictionary<FolderRead, string> _known = [];

    /// <summary>The signature of the files <paramref name="read"/> covers, as they are now.</summary>
    public string Of(FolderRead read)
    {
        if (!_known.TryGetValue(read, out var signature))
        {
            signature = Take(read);
            _known[read] = signature;
        }

        return signature;
    }

    private static string Take(FolderRead read)
    {
        var builder = new StringBuilder();
        try
        {
            var directory = new DirectoryInfo(read.Folder);
            if (!directory.Exists)
            {
                return string.Empty;
            }

            if (read.Tree)
            {
                AppendTree(builder, directory, string.Empty, read);
                return builder.ToString();
            }

            foreach (var file in directory.EnumerateFiles().Where(f => read.Covers(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                builder.Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks).Append('|');
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed now matches no stored state: its readers are linted again.
            return $"unlisted:{DateTime.UtcNow.Ticks}";
        }

        return builder.ToString();
    }

    // A repository read: every folder by its relative path (a path check depends on folders existing), and the covered
    // files below it; hidden folders (.git), node_modules and links to folders are not walked, as the repository index skips them.
    private static void AppendTree(StringBuilder builder, DirectoryInfo directory, string relative, FolderRead read)
    {
        builder.Append(relative).Append("/|");
        foreach (var file in directory.EnumerateFiles().Where(f => read.Covers(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            builder.Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks).Append('|');
        }

        foreach (var child in directory.EnumerateDirectories().Where(d => !d.Name.StartsWith('.') && d.Name != "node_modules" && d.LinkTarget is null).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            AppendTree(builder, child, relative + "/" + child.Name, read);
        }
    }
}
