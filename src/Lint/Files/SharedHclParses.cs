using System.Collections.Concurrent;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Files;

/// <summary>
/// HCL files parsed ahead of their own lint, handed over so that each file is parsed once per run. A module-level
/// check reads every file of a folder when it reaches the folder's first file; the engine reaches the other files
/// later and takes their parse from here instead of parsing them again. A parse is handed over only for the same
/// path as given (the name HCL's messages carry) and the same text, so what a file's lint sees never depends on
/// which of the two parsed it first.
/// </summary>
internal static class SharedHclParses
{
    // Parses not yet taken, held weakly: the module view that made them holds them while its folder is being linted,
    // and a parse nobody takes (a sibling the build's cache did not re-lint, a file left out of the lint) goes with
    // it instead of staying in a long-lived build worker. The bound keeps the paths of such parses few.
    private const int Kept = 256;

    private static readonly ConcurrentDictionary<string, WeakReference<HclFile>> Waiting = new(StringComparer.Ordinal);

    private static readonly ConcurrentQueue<string> Order = new();

    /// <summary>Parses <paramref name="text"/> as the file <paramref name="path"/> names (native syntax or JSON, by its name).</summary>
    public static HclFile ParseConfig(string path, string text) => SourceLanguages.IsHclJson(path)
        ? HclJsonParser.ParseConfig(text, path)
        : HclParser.ParseConfig(text, path);

    /// <summary>Offers the parse of the file at <paramref name="fullPath"/> to the file's own lint, which has not parsed it yet.</summary>
    public static void Offer(string fullPath, HclFile parsed)
    {
        Waiting[fullPath] = new WeakReference<HclFile>(parsed);
        Order.Enqueue(fullPath);
        while (Order.Count > Kept && Order.TryDequeue(out var oldest))
        {
            Waiting.TryRemove(oldest, out _);
        }
    }

    /// <summary>
    /// The file's parse: the one offered for it when that was of the same name and text (taking it, as a file is
    /// linted once per run), else a parse of its own.
    /// </summary>
    public static HclFile Take(string path, string text)
    {
        if (FullPath(path) is { } fullPath && Waiting.TryRemove(fullPath, out var reference) && reference.TryGetTarget(out var offered)
            && string.Equals(offered.FileName, path, StringComparison.Ordinal) && string.Equals(offered.Text, text, StringComparison.Ordinal))
        {
            return offered;
        }

        return ParseConfig(path, text);
    }

    private static string? FullPath(string path)
    {
        if (Waiting.IsEmpty)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // A name that is no path (an editor buffer) was never offered.
            return null;
        }
    }
}
