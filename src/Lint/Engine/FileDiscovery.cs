using IacTest.Lint.Configuration;
using IacTest.Lint.Files;

namespace IacTest.Lint.Engine;

/// <summary>
/// Expands the paths a user names into the YAML and HCL files to lint: files as given, folders searched recursively for
/// names matching the configuration's <c>yaml-files</c> patterns, minus ignored paths, tool folders and symbolic
/// links to folders.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", ".hg", ".svn", "node_modules" };

    /// <summary>The files to lint, in a stable order; a named path that does not exist is returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, LintConfiguration configuration, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        // HCL files are found by Terraform's own extensions; yamllint's yaml-files setting governs YAML only.
        var patterns = configuration.YamlFiles.Concat(SourceLanguages.HclFilePatterns).Select(p => new PathPattern(p, string.Empty)).ToArray();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                // A file named explicitly is linted whatever its name, as yamllint does.
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, patterns, configuration, files);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
    }

    private static void Walk(string root, PathPattern[] patterns, LintConfiguration configuration, List<string> files)
    {
        var pending = new Stack<string>();
        // Resolved once ("dir/." → "dir"), so that every path below it is clean and needs no resolving per file.
        pending.Push(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var found = new List<string>();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    var name = Path.GetFileName(file);
                    if (patterns.Any(p => p.Matches(name)) && !PathPattern.IsIgnored(configuration.Ignore, file))
                    {
                        found.Add(file);
                    }
                }

                // A symbolic link to a folder is not followed, as yamllint's and ansible-lint's walks do not follow
                // one: a repository linking its roles into several places would have each file linted under every path.
                var subfolders = new DirectoryInfo(folder).EnumerateDirectories()
                    .Where(d => !SkippedFolders.Contains(d.Name) && d.LinkTarget is null)
                    .Select(d => d.FullName)
                    .OrderDescending(StringComparer.Ordinal);
                foreach (var subfolder in subfolders)
                {
                    pending.Push(subfolder);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder is skipped; the files that can be read are still linted.
                continue;
            }

            found.Sort(StringComparer.Ordinal);
            files.AddRange(found);
        }
    }
}
