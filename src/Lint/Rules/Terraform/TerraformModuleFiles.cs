using System.Collections.Concurrent;
using IacTest.Lint.Engine;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Rules.Terraform;

/// <summary>
/// The module a file belongs to, as Terraform reads it: the <c>.tf</c> and <c>.tf.json</c> files of the file's folder
/// (not its sub-folders, not <c>.tfvars</c>), in name order, the checked file among them with the parse the engine
/// already made. Siblings are parsed once per folder state and shared across the files and threads of a run.
/// </summary>
internal static class TerraformModuleFiles
{
    /// <summary>What module-level rules read besides the checked file; the build's cache re-lints when one changes.</summary>
    public static readonly RuleReads Reads = RuleReads.FolderFiles(".tf", ".tf.json");

    private static readonly ConcurrentDictionary<string, FolderEntry> Folders = new(StringComparer.Ordinal);

    private static readonly object ViewKey = new();

    /// <summary>The module of <paramref name="file"/> (computed once per file).</summary>
    public static TerraformModuleView Of(LintFile file) => file.View(ViewKey, Create);

    private static TerraformModuleView Create(LintFile file)
    {
        var own = new TerraformModuleFile(file.Path, file.Hcl!, true);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(file.Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Text linted under a name that is no path (an editor buffer) is a module of one file.
            return new TerraformModuleView([own], false);
        }

        if (!File.Exists(fullPath))
        {
            // Text linted under the name of a file that does not exist (a rule's example, a new buffer) has no folder
            // whose other files belong with it.
            return new TerraformModuleView([own], false);
        }

        var files = new List<TerraformModuleFile>();
        var ownSeen = false;
        foreach (var (path, hcl) in Folder(Path.GetDirectoryName(fullPath)))
        {
            if (string.Equals(path, fullPath, StringComparison.Ordinal))
            {
                files.Add(own);
                ownSeen = true;
            }
            else
            {
                files.Add(new TerraformModuleFile(path, hcl, false));
            }
        }

        if (!ownSeen)
        {
            // The file changed between the listing and now (or is too large to keep): it still belongs to the module.
            files.Add(own);
            files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        }

        return new TerraformModuleView(files, true);
    }

    private static IReadOnlyList<(string Path, HclFile Hcl)> Folder(string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return [];
        }

        // Listed for every file (a module is a handful of files), so an edit to a sibling is never missed; the
        // siblings are parsed again only when a name, size or write time changed.
        string signature;
        FileInfo[] files;
        try
        {
            files = new DirectoryInfo(directory).GetFiles("*.*", SearchOption.TopDirectoryOnly)
                .Where(f => f.Name.EndsWith(".tf", StringComparison.Ordinal) || f.Name.EndsWith(".tf.json", StringComparison.Ordinal))
                .OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            signature = string.Join('|', files.Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var entry = Folders.AddOrUpdate(directory,
            _ => new FolderEntry(signature, new Lazy<IReadOnlyList<(string, HclFile)>>(() => Load(files))),
            (_, old) => old.Signature == signature ? old : new FolderEntry(signature, new Lazy<IReadOnlyList<(string, HclFile)>>(() => Load(files))));
        return entry.Files.Value;
    }

    private static IReadOnlyList<(string Path, HclFile Hcl)> Load(FileInfo[] files)
    {
        var parsed = new List<(string, HclFile)>(files.Length);
        foreach (var file in files)
        {
            try
            {
                if (file.Length > 16L * 1024 * 1024)
                {
                    continue;
                }

                var text = File.ReadAllText(file.FullName);
                parsed.Add((file.FullName, SourceLanguages.IsHclJson(file.Name) ? HclJsonParser.ParseConfig(text, file.Name) : HclParser.ParseConfig(text, file.Name)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable sibling only narrows the module; the file itself reports its own problems.
            }
        }

        return parsed;
    }

    private sealed record FolderEntry(string Signature, Lazy<IReadOnlyList<(string Path, HclFile Hcl)>> Files);
}
