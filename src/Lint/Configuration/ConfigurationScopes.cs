using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Configuration;

/// <summary>
/// The configuration each file is linted under when folders below the project hold configuration of their own (a
/// vendored role's <c>.yamllint</c>, a collection's <c>.ansible-lint</c>): as when yamllint and ansible-lint run in
/// that folder, the nearest configuration above a file wins, and the project's applies where none is nearer. yamllint
/// and ansible-lint files are looked up separately, so a role with only a <c>.yamllint</c> keeps the project's
/// ansible-lint settings.
/// </summary>
public static class ConfigurationScopes
{
    private static readonly string[] YamllintNames = [".yamllint", ".yamllint.yaml", ".yamllint.yml"];
    private static readonly string[] AnsibleLintNames = [".ansible-lint", Path.Combine(".config", "ansible-lint.yml")];

    /// <summary>One configuration and the files linted under it.</summary>
    /// <param name="Directory">The folder of its nearest configuration (the project folder for the project's own).</param>
    /// <param name="Configuration">The effective configuration.</param>
    /// <param name="ConfigurationFiles">The configuration files read (watched for changes).</param>
    /// <param name="Files">The files linted under it, in the order they were given.</param>
    public sealed record Scope(string Directory, LintConfiguration Configuration, IReadOnlyList<string> ConfigurationFiles, List<string> Files);

    /// <summary>The scopes of a run: the project's first (always, even with no file), then one per nested configuration.</summary>
    /// <param name="Scopes">Each configuration with its files.</param>
    /// <param name="Problems">Errors in any configuration read, each once.</param>
    public sealed record Result(IReadOnlyList<Scope> Scopes, IReadOnlyList<LintDiagnostic> Problems);

    /// <summary>
    /// Groups <paramref name="files"/> (full paths) by the configuration that applies to them. Nested configuration
    /// is looked for in the folders between a file and the project folder (or, for a file outside the project, up to
    /// the first of <paramref name="searchRoots"/> holding it), only when <see cref="ConfigurationRequest.Discover"/>.
    /// </summary>
    public static Result Load(ConfigurationRequest project, IReadOnlyList<string> files, IReadOnlyList<string>? searchRoots = null)
    {
        var projectDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(project.Directory));
        var projectLoaded = ConfigurationDiscovery.Load(project);
        var scopes = new Dictionary<(string? Yamllint, string? AnsibleLint), Scope>
        {
            [(null, null)] = new Scope(projectDirectory, projectLoaded.Configuration, projectLoaded.Files, []),
        };
        var problems = new List<LintDiagnostic>(projectLoaded.Problems);
        var seen = new HashSet<(string, int, int, string)>(problems.Select(Identity));
        var nearest = new Dictionary<string, (string? Yamllint, string? AnsibleLint)>(StringComparer.Ordinal);
        var roots = (searchRoots ?? []).Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).ToList();
        foreach (var file in files)
        {
            var key = project.Discover ? Nearest(Path.GetDirectoryName(file) ?? projectDirectory, Boundary(file, projectDirectory, roots), nearest) : (null, null);
            if (!scopes.TryGetValue(key, out var scope))
            {
                var loaded = ConfigurationDiscovery.Load(project with
                {
                    Directory = key.Yamllint ?? projectDirectory,
                    YamllintConfigFile = key.Yamllint is null ? project.YamllintConfigFile : null,
                    YamllintConfigData = key.Yamllint is null ? project.YamllintConfigData : null,
                    AnsibleLintConfigFile = key.AnsibleLint ?? project.AnsibleLintConfigFile,
                });
                foreach (var problem in loaded.Problems.Where(p => seen.Add(Identity(p))))
                {
                    problems.Add(problem);
                }

                // What the project leaves out (a vendored role it excludes) stays out, whatever the folder's own says.
                if (key.AnsibleLint is not null)
                {
                    loaded.Configuration.Ignore.InsertRange(0, projectLoaded.Configuration.Ignore);
                }

                if (key.Yamllint is not null)
                {
                    loaded.Configuration.YamllintIgnore.InsertRange(0, projectLoaded.Configuration.YamllintIgnore);
                }

                var directory = key.Yamllint ?? (key.AnsibleLint is { } ansibleLint ? ConfigFolder(ansibleLint) : projectDirectory);
                scope = new Scope(directory, loaded.Configuration, loaded.Files, []);
                scopes[key] = scope;
            }

            scope.Files.Add(file);
        }

        return new Result(scopes.Values.ToList(), problems);
    }

    private static (string, int, int, string) Identity(LintDiagnostic d) => (d.File, d.Line, d.Column, d.Message);

    // The folder an ansible-lint file configures: its own, or the one above .config/.
    private static string ConfigFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        return Path.GetFileName(folder) == ".config" ? Path.GetDirectoryName(folder)! : folder;
    }

    /// <summary>The folder where the search for a file's nested configuration stops (exclusive), or null for no search.</summary>
    private static string? Boundary(string file, string projectDirectory, List<string> roots)
    {
        if (IsBelow(file, projectDirectory))
        {
            return projectDirectory;
        }

        // Outside the project (a referenced module): its own folder's configuration, nothing above it.
        var root = roots.Where(r => IsBelow(file, r)).MaxBy(r => r.Length);
        return root is null ? null : Path.GetDirectoryName(root);
    }

    private static bool IsBelow(string path, string folder) =>
        path.Length > folder.Length + 1 && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == Path.DirectorySeparatorChar;

    /// <summary>The nearest yamllint folder and ansible-lint file from <paramref name="folder"/> up to, not including, <paramref name="boundary"/>.</summary>
    private static (string? Yamllint, string? AnsibleLint) Nearest(string folder, string? boundary, Dictionary<string, (string?, string?)> cache)
    {
        if (boundary is null || !IsBelow(folder, boundary))
        {
            return (null, null);
        }

        if (cache.TryGetValue(folder, out var known))
        {
            return known;
        }

        var (aboveYamllint, aboveAnsibleLint) = Nearest(Path.GetDirectoryName(folder)!, boundary, cache);
        var yamllint = YamllintNames.Any(n => File.Exists(Path.Combine(folder, n))) ? folder : aboveYamllint;
        var ansibleLint = AnsibleLintNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists) ?? aboveAnsibleLint;
        cache[folder] = (yamllint, ansibleLint);
        return (yamllint, ansibleLint);
    }
}
