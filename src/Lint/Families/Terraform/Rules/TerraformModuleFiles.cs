using System.Collections.Concurrent;
using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The module a file belongs to, as Terraform reads it: the <c>.tf</c> and <c>.tf.json</c> files of the file's folder
/// (not its sub-folders, not <c>.tfvars</c>), in name order. The files are read and parsed once per folder state and
/// the same view serves every file of the folder (and so every module-level rule's single run over it); a file whose
/// text differs from what is on disk (an editor buffer) gets a view of its own with its text in it.
/// </summary>
internal static class TerraformModuleFiles
{
    /// <summary>What module-level rules read besides the checked file; the build's cache re-lints when one changes.</summary>
    public static readonly RuleReads Reads = RuleReads.FolderFiles(".tf", ".tf.json");

    // The parsed modules of the folders linted last. A run's workers each lint a folder's files together, so a couple
    // of folders per worker parse each module once; what is kept beyond that outlives the young generation and makes
    // the collector grow the heap (16 folders measured 80 MB and 0.15 s of CPU more than 4 on 1,000 files).
    private static readonly int FoldersKept = Math.Max(4, 2 * Environment.ProcessorCount);

    private static readonly ConcurrentDictionary<string, FolderEntry> Folders = new(StringComparer.Ordinal);

    private static readonly ConcurrentQueue<string> FolderOrder = new();

    private static readonly object ViewKey = new();

    // A file's own lint takes the parse its folder's module already made (see Parsed); the static constructor runs
    // before the first folder is loaded, so no parse made here is ever missed.
    static TerraformModuleFiles() => SharedHclParses.Register(Parsed);

    /// <summary>The module of <paramref name="file"/> and the full path its own findings carry (computed once per file).</summary>
    public static ModuleOfFile Of(LintFile file) => file.View(ViewKey, Create);

    private static ModuleOfFile Create(LintFile file)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(file.Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Text linted under a name that is no path (an editor buffer) is a module of one file.
            return new ModuleOfFile(Alone(file, file.Path), file.Path);
        }

        if (!File.Exists(fullPath) || Folder(Path.GetDirectoryName(fullPath), file, fullPath) is not { } folder)
        {
            // Text linted under the name of a file that does not exist (a rule's example, a new buffer) has no folder
            // whose other files belong with it.
            return new ModuleOfFile(Alone(file, fullPath), fullPath);
        }

        var index = folder.Files.FindIndex(f => string.Equals(f.FullPath, fullPath, StringComparison.Ordinal));
        if (index >= 0 && string.Equals(folder.Texts[index], file.Text, StringComparison.Ordinal))
        {
            return new ModuleOfFile(folder.View, fullPath);
        }

        // The text under check is not what the folder holds: the module with this text in place of the file's.
        var files = folder.Files.Where(f => !string.Equals(f.FullPath, fullPath, StringComparison.Ordinal))
            .Append(new TerraformModuleFile(file.Path, fullPath, file.Hcl!))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        return new ModuleOfFile(new TerraformModuleView(files, true), fullPath);
    }

    /// <summary>
    /// The parse a module view already made of the file <paramref name="path"/> names (the folder's first file linted
    /// reads its siblings), or null: each file is parsed once per run. Only a parse made under the same name as given
    /// (the name HCL's messages carry) and of the same text is handed over, so what a file's lint sees never depends on
    /// which of the two parsed it first.
    /// </summary>
    public static HclFile? Parsed(string path, string text)
    {
        if (Folders.IsEmpty)
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
            // A name that is no path (an editor buffer) is in no folder.
            return null;
        }

        if (Path.GetDirectoryName(fullPath) is not { } directory || !Folders.TryGetValue(directory, out var entry) || !entry.Module.IsValueCreated)
        {
            return null;
        }

        var folder = entry.Module.Value;
        var index = folder.Files.FindIndex(f => string.Equals(f.FullPath, fullPath, StringComparison.Ordinal));
        return index >= 0 && string.Equals(folder.Texts[index], text, StringComparison.Ordinal)
            && string.Equals(folder.Files[index].Hcl.FileName, path, StringComparison.Ordinal) ? folder.Files[index].Hcl : null;
    }

    private static TerraformModuleView Alone(LintFile file, string fullPath) => new([new TerraformModuleFile(file.Path, fullPath, file.Hcl!)], false);

    private static FolderModule? Folder(string? directory, LintFile checkedFile, string checkedPath)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return null;
        }

        // Listed for every file (a module is a handful of files), so an edit to a sibling is never missed; the files
        // are parsed again only when a name, size or write time changed.
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
            return null;
        }

        var added = false;
        var entry = Folders.AddOrUpdate(directory,
            _ =>
            {
                added = true;
                return new FolderEntry(signature, new Lazy<FolderModule>(() => Load(files, checkedFile, checkedPath)));
            },
            (_, old) => old.Signature == signature ? old : new FolderEntry(signature, new Lazy<FolderModule>(() => Load(files, checkedFile, checkedPath))));
        if (added)
        {
            FolderOrder.Enqueue(directory);
            while (FolderOrder.Count > FoldersKept && FolderOrder.TryDequeue(out var oldest))
            {
                Folders.TryRemove(oldest, out _);
            }
        }

        return entry.Module.Value;
    }

    // Each file is parsed once per run: the checked file's own parse is used, and the others are parsed under the path
    // their own lint will be given (the checked file's folder as given, and the file's name), which takes them (Parsed).
    private static FolderModule Load(FileInfo[] files, LintFile checkedFile, string checkedPath)
    {
        var givenFolder = Path.GetDirectoryName(checkedFile.Path) ?? "";
        var module = new List<TerraformModuleFile>(files.Length);
        var texts = new List<string>(files.Length);
        foreach (var file in files)
        {
            try
            {
                if (file.Length > 16L * 1024 * 1024)
                {
                    continue;
                }

                var text = File.ReadAllText(file.FullName);
                var hcl = string.Equals(file.FullName, checkedPath, StringComparison.Ordinal) && string.Equals(text, checkedFile.Text, StringComparison.Ordinal)
                    ? checkedFile.Hcl!
                    : LintFile.ParseHcl(Path.Combine(givenFolder, file.Name), text);
                module.Add(new TerraformModuleFile(file.FullName, file.FullName, hcl));
                texts.Add(text);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable sibling only narrows the module; the file itself reports its own problems.
            }
        }

        return new FolderModule(module, texts, new TerraformModuleView(module, true));
    }

    /// <summary>A file's module, and the full path the file's own findings carry.</summary>
    internal sealed record ModuleOfFile(TerraformModuleView Module, string CheckedPath);

    private sealed record FolderModule(List<TerraformModuleFile> Files, List<string> Texts, TerraformModuleView View);

    private sealed record FolderEntry(string Signature, Lazy<FolderModule> Module);
}
