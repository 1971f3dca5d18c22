using System.Collections.Concurrent;

namespace IacTest.Lint.Yaml;

/// <summary>
/// Parses made by one part of the engine for a file another part is about to lint: the Kubernetes folder context
/// parses every manifest beside the one under lint, and the engine then lints those same files. Handing the parse
/// over saves parsing each manifest twice. An entry is taken once and only for the same text; the store is bounded
/// and emptied when a batch of files is done, so files that are never linted do not stay alive.
/// </summary>
internal static class ParsedYamlHandOff
{
    private const int Capacity = 512;

    // Larger files are cheap to parse again compared with keeping their trees alive.
    private const int MaxTextLength = 64 * 1024;

    private static readonly ConcurrentDictionary<string, (string Text, YamlParse Parse)> Entries =
        new(StringComparer.Ordinal);

    /// <summary>Offers the parse of a file's text, keyed by its full path.</summary>
    public static void Offer(string fullPath, string text, YamlParse parse)
    {
        if (text.Length <= MaxTextLength && Entries.Count < Capacity)
        {
            Entries[fullPath] = (text, parse);
        }
    }

    /// <summary>Forgets every entry.</summary>
    public static void Clear() => Entries.Clear();

    /// <summary>Forgets a file's entry (its own linting has parsed it already).</summary>
    public static void Forget(string fullPath) => Entries.TryRemove(fullPath, out _);

    /// <summary>Takes the parse of <paramref name="path"/> when one was offered for exactly this text.</summary>
    public static YamlParse? TryTake(string path, string text)
    {
        if (Entries.IsEmpty)
        {
            return null;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        return Entries.TryRemove(fullPath, out var entry) && string.Equals(entry.Text, text, StringComparison.Ordinal) ? entry.Parse : null;
    }
}
