using System.Text;
using IacTest.Lint.Engine;

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
}
