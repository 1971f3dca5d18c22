using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Engine;

/// <summary>
/// The configuration each file is linted under when folders below the project hold configuration of their own (a
/// vendored role's <c>.yamllint</c>, a collection's <c>.ansible-lint</c>, an environment's <c>.kube-linter.yaml</c>): as
/// when yamllint, ansible-lint and kube-linter run in that folder, the nearest configuration above a file wins, and the
/// project's applies where none is nearer. Each tool's files are looked up separately, so a role with only a
/// <c>.yamllint</c> keeps the project's ansible-lint and kube-linter settings.
/// </summary>
public static class ConfigurationScopes
{
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

    /// <summary>Names the configuration a file is linted under: its nearest yamllint folder, ansible-lint and kube-linter files, null for the project's.</summary>
    /// <param name="Yamllint">The folder of the nearest nested yamllint file, or null for the project's.</param>
    /// <param name="AnsibleLint">The nearest nested ansible-lint file, or null for the project's.</param>
    /// <param name="KubeLinter">The nearest nested kube-linter file, or null for the project's.</param>
    public readonly record struct Key(string? Yamllint, string? AnsibleLint, string? KubeLinter)
    {
        /// <summary>The project's own configuration.</summary>
        public static Key Project => default;
    }

    /// <summary>
    /// Groups <paramref name="files"/> (full paths) by the configuration that applies to them. Nested configuration
    /// is looked for in the folders between a file and the project folder (or, for a file outside the project, up to
    /// the first of <paramref name="searchRoots"/> holding it), only when <see cref="ConfigurationRequest.Discover"/>.
    /// </summary>
    public static Result Load(ConfigurationRequest project, IReadOnlyList<string> files, IReadOnlyList<string>? searchRoots = null)
    {
        var loader = new Loader(project);
        var scopes = new List<Scope>();
        var problems = new List<LintDiagnostic>();
        var seen = new HashSet<(string, int, int, string)>();
        foreach (var (key, keyFiles) in Group(project, files, searchRoots, new FolderProbes()))
        {
            var loaded = loader.Load(key);
            problems.AddRange(loaded.Loaded.Problems.Where(p => seen.Add(Identity(p))));
            scopes.Add(new Scope(loaded.Directory, loaded.Loaded.Configuration, loaded.Loaded.Files, keyFiles));
        }

        return new Result(scopes, problems);
    }

    /// <summary>
    /// The files grouped by the configuration nearest to them, in the order first met; the project's group comes first
    /// and is always there, even with no file. Folders are probed through <paramref name="probes"/>.
    /// </summary>
    internal static IReadOnlyList<(Key Key, List<string> Files)> Group(ConfigurationRequest project, IReadOnlyList<string> files, IReadOnlyList<string>? searchRoots,
        FolderProbes probes)
    {
        var projectDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(project.Directory));
        var groups = new List<(Key Key, List<string> Files)> { (Key.Project, []) };
        var byKey = new Dictionary<Key, List<string>> { [Key.Project] = groups[0].Files };
        var nearest = new Dictionary<string, Key>(StringComparer.Ordinal);
        var roots = (searchRoots ?? []).Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).ToList();
        foreach (var file in files)
        {
            var key = project.Discover ? Nearest(Path.GetDirectoryName(file) ?? projectDirectory, Boundary(file, projectDirectory, roots), nearest, probes) : Key.Project;
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
                groups.Add((key, list));
            }

            list.Add(file);
        }

        return groups;
    }

    /// <summary>Loads the configuration of each key of a run; the project's is loaded once and layered under the nested ones.</summary>
    public sealed class Loader(ConfigurationRequest project)
    {
        private readonly string _projectDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(project.Directory));
        private ConfigurationDiscovery.Result? _projectLoaded;

        /// <summary>The configuration of <paramref name="key"/> and the folder it configures.</summary>
        public (string Directory, ConfigurationDiscovery.Result Loaded) Load(Key key)
        {
            _projectLoaded ??= ConfigurationDiscovery.Load(project);
            if (key == Key.Project)
            {
                return (_projectDirectory, _projectLoaded);
            }

            var loaded = ConfigurationDiscovery.Load(project with
            {
                Directory = key.Yamllint ?? _projectDirectory,
                YamllintConfigFile = key.Yamllint is null ? project.YamllintConfigFile : null,
                YamllintConfigData = key.Yamllint is null ? project.YamllintConfigData : null,
                AnsibleLintConfigFile = key.AnsibleLint ?? project.AnsibleLintConfigFile,
                KubeLinterConfigFile = key.KubeLinter ?? project.KubeLinterConfigFile,
            });

            // What the project leaves out (a vendored role it excludes) stays out, whatever the folder's own says.
            if (key.AnsibleLint is not null)
            {
                loaded.Configuration.Ignore.InsertRange(0, _projectLoaded.Configuration.Ignore);
            }

            if (key.Yamllint is not null)
            {
                loaded.Configuration.YamllintIgnore.InsertRange(0, _projectLoaded.Configuration.YamllintIgnore);
            }

            var directory = key.Yamllint
                ?? (key.AnsibleLint is { } ansibleLint ? ConfigFolder(ansibleLint) : null)
                ?? (key.KubeLinter is { } kubeLinter ? Path.GetDirectoryName(kubeLinter)! : _projectDirectory);
            return (directory, loaded);
        }
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

    /// <summary>The nearest yamllint folder, ansible-lint and kube-linter files from <paramref name="folder"/> up to, not including, <paramref name="boundary"/>.</summary>
    private static Key Nearest(string folder, string? boundary, Dictionary<string, Key> cache, FolderProbes probes)
    {
        if (boundary is null || !IsBelow(folder, boundary))
        {
            return Key.Project;
        }

        if (cache.TryGetValue(folder, out var known))
        {
            return known;
        }

        var above = Nearest(Path.GetDirectoryName(folder)!, boundary, cache, probes);
        var probe = probes.In(folder);
        var key = new Key(probe.HasYamllint ? folder : above.Yamllint, probe.AnsibleLint ?? above.AnsibleLint, probe.KubeLinter ?? above.KubeLinter);
        cache[folder] = key;
        return key;
    }
}
