using System.Diagnostics;
using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Reporting;
using IacTest.Lint.Text;

namespace IacTest.Lint.Build;

/// <summary>
/// One build's lint: configuration, the per-file cache, the lint of what changed, the project's warning settings and
/// the SARIF log. Run by the MSBuild task in its own process or by the native <c>iactest</c> on its behalf.
/// </summary>
internal static class BuildLint
{
    /// <summary>Runs the request. Relative file paths are taken from the project folder.</summary>
    /// <param name="request">What to lint and how to report it.</param>
    /// <param name="engineIdentity">Names this build of the engine: a cache written by another is not reused.</param>
    public static BuildLintResult Run(BuildLintRequest request, string engineIdentity)
    {
        var stopwatch = Stopwatch.StartNew();
        var projectDirectory = Path.GetFullPath(request.ProjectDirectory);
        var vendored = request.Vendored.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Path.TrimEndingDirectorySeparator(Path.GetFullPath(v, projectDirectory)))
            .Concat(request.VendorGalaxyRequirements ? GalaxyRequirements.InstallFolders(projectDirectory) : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var configurationRequest = new ConfigurationRequest
        {
            Directory = projectDirectory,
            YamllintConfigFile = NullIfBlank(request.YamllintConfig) is { } y ? Path.GetFullPath(y, projectDirectory) : null,
            AnsibleLintConfigFile = NullIfBlank(request.AnsibleLintConfig) is { } a ? Path.GetFullPath(a, projectDirectory) : null,
            Discover = request.ConfigDiscovery,
        };

        // Relative to the project, like every path of the request: a worker's working folder is not the project's.
        var cacheFile = NullIfBlank(request.CacheFile) is { } c ? Path.GetFullPath(c, projectDirectory) : null;
        var configurationKey = $"{engineIdentity}\n{BuildScopes.SettingsKey(request)}";
        var storedConfiguration = cacheFile is null ? null : ConfigurationCache.Load(ConfigurationCache.PathFor(cacheFile), configurationKey);
        // The status calls of a build (a folder's, a file's) start from the project folder rather than from the root.
        using var statusRoot = StatusRoot.At(projectDirectory);
        var folders = new FolderProbes(storedConfiguration?.Folders) { Root = statusRoot };
        var symlinks = new SymlinkedFolders(projectDirectory, folders);
        var named = request.Files
            .Where(f => !string.IsNullOrEmpty(f))
            .Select(f => FullPath(f, projectDirectory))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // yamllint and ansible-lint do not descend into a symlinked folder; MSBuild's globs do.
        var candidates = symlinks.WithoutLinked(named);
        if (request.VendoredLint == VendoredLint.None && vendored.Count > 0)
        {
            candidates = candidates.Where(f => VendoredRoot(f, vendored) is null).ToList();
        }

        var scopes = new BuildScopes(request, configurationRequest, storedConfiguration);
        var groups = ConfigurationScopes.Group(configurationRequest, candidates, vendored, folders).Select(g => (Scope: scopes.Get(g.Key), g.Files)).ToList();

        // A wrong setting would lint with rules the user did not ask for: report it and nothing else. The project's
        // MSBuild settings are the last layer of every scope's configuration; their mistakes are reported once.
        if (groups[0].Scope.State.SettingProblems is { Count: > 0 } settingProblems)
        {
            WriteLintResults(request, projectDirectory, [], settingProblems);
            return new BuildLintResult(settingProblems, 0, 0, []);
        }

        // Each file with its scope; ansible-lint's exclude_paths leave files out of every rule.
        var files = new List<(string File, BuildScopes.Resolved Scope)>();
        foreach (var (scope, scopeFiles) in groups)
        {
            var ignore = scope.Ignore;
            files.AddRange(scopeFiles.Where(f => ignore.Count == 0 || !PathPattern.IsIgnored(ignore, f)).Select(f => (f, scope)));
        }

        var problemIdentities = new HashSet<(string, int, int, string)>();
        var configurationProblems = groups.SelectMany(g => g.Scope.State.Problems).Where(d => problemIdentities.Add((d.File, d.Line, d.Column, d.Message))).ToList();

        var configured = stopwatch.ElapsedMilliseconds;
        var key = engineIdentity;
        var cache = cacheFile is null ? null : LintCache.Load(cacheFile, key);
        var cacheLoaded = stopwatch.ElapsedMilliseconds;
        var results = new SortedDictionary<string, LintCache.Entry>(StringComparer.Ordinal);
        var toLint = new Dictionary<BuildScopes.Resolved, List<string>>();
        var stamps = cache is null ? null : FileStamp.Of(files.Select(f => f.File).ToList(), statusRoot);
        // One listing per folder that cross-file rules read, shared by the check below and the entries written after the lint.
        var folderSignatures = new FolderSignatures();
        for (var i = 0; i < files.Count; i++)
        {
            var (file, scope) = files[i];
            if (stamps is not null && cache!.TryGet(file, stamps[i], scope.State.Fingerprint, folderSignatures, out var cached))
            {
                results[file] = cached;
            }
            else
            {
                (toLint.TryGetValue(scope, out var list) ? list : toLint[scope] = []).Add(file);
            }
        }

        var stamped = stopwatch.ElapsedMilliseconds;
        var engine = new LintEngine();
        // One run for every scope: a repository listing a rule needs is taken once per build.
        using var run = LintRun.Begin();
        foreach (var (scope, paths) in toLint)
        {
            // Only here is a scope's configuration loaded when the build before left it unchanged.
            var linted = engine.LintFiles(paths, scope.Configuration);
            for (var i = 0; i < paths.Count; i++)
            {
                var stamp = FileStamp.Of(paths[i], statusRoot);
                results[paths[i]] = new LintCache.Entry(stamp.Length, stamp.LastWriteTicks, scope.State.Fingerprint, linted[i].Diagnostics)
                {
                    Reads = linted[i].Reads.Select(read => new LintCache.ReadState(read, folderSignatures.Of(read))).ToList(),
                };
            }
        }

        var lintedCount = toLint.Values.Sum(l => l.Count);
        var lintDone = stopwatch.ElapsedMilliseconds;
        var suppressed = ParseCodes(request.NoWarn);
        var notAsErrors = ParseCodes(request.WarningsNotAsErrors);
        var reported = configurationProblems.Concat(results.Values.SelectMany(e => e.Diagnostics))
            .Select(d => request.VendoredLint == VendoredLint.Warning && d.Severity == Severity.Error && VendoredRoot(d.File, vendored) is not null
                ? d with { Severity = Severity.Warning }
                : d)
            .Where(d => d.Severity == Severity.Error || !suppressed.Contains(d.Code))
            .Select(d => request.TreatWarningsAsErrors && d.Severity == Severity.Warning && !notAsErrors.Contains(d.Code) ? d with { Severity = Severity.Error } : d)
            .ToList();

        var details = new List<string>();
        // A build with nothing changed leaves the caches as they are: same files, same stamps, same findings.
        if (cacheFile is not null && (lintedCount > 0 || cache is null || cache.Count != results.Count))
        {
            TrySave(() => LintCache.Save(cacheFile, key, results), cacheFile, details);
        }

        if (cacheFile is not null && (storedConfiguration is null || folders.Listed > 0 || scopes.LoadedCount > 0
            || storedConfiguration.Folders.Count != folders.Probes.Count))
        {
            var configurationCache = ConfigurationCache.PathFor(cacheFile);
            TrySave(() => scopes.ToCache(folders).Save(configurationCache, configurationKey), configurationCache, details);
        }

        WriteReport(request.SarifFile, ReportFormat.Sarif, projectDirectory, reported, engine, request);
        WriteReport(request.CodeQualityFile, ReportFormat.GitLab, projectDirectory, reported, engine, request);
        WriteReport(request.CheckstyleFile, ReportFormat.Checkstyle, projectDirectory, reported, engine, request);

        WriteLintResults(request, projectDirectory, files.Select(f => f.File), reported);

        // Where the time went, for a detailed log when a build seems slow.
        details.Insert(0, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: configuration {0} ms ({5} scopes, {6} loaded, {7} folders listed), cache load {1} ms, file stamps {2} ms, lint {3} ms, cache save and report {4} ms",
            configured, cacheLoaded - configured, stamped - cacheLoaded, lintDone - stamped, stopwatch.ElapsedMilliseconds - lintDone, groups.Count,
            scopes.LoadedCount, folders.Listed));
        return new BuildLintResult(reported, files.Count, lintedCount, details);
    }

    /// <summary>
    /// The full path of a file of the request. The task sends full paths already: one that is plainly normal (rooted, no
    /// <c>.</c> or <c>..</c> part, no doubled or trailing separator) is taken as it is, which spares a large project the
    /// normalisation of every path in every build.
    /// </summary>
    private static string FullPath(string file, string projectDirectory) =>
        Path.DirectorySeparatorChar == Path.AltDirectorySeparatorChar && Path.IsPathFullyQualified(file) && IsPlainlyNormal(file)
            ? file
            : Path.GetFullPath(file, projectDirectory);

    private static bool IsPlainlyNormal(string path) =>
        !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/./", StringComparison.Ordinal) && !path.Contains("/../", StringComparison.Ordinal)
        && !path.EndsWith('/') && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal);

    /// <summary>The vendored folder holding <paramref name="file"/>, or null.</summary>
    private static string? VendoredRoot(string file, List<string> vendored) =>
        vendored.Find(root => file.Length > root.Length + 1 && file.StartsWith(root, StringComparison.Ordinal) && file[root.Length] == Path.DirectorySeparatorChar);

    /// <summary>
    /// The environment variables the engine reads: where yamllint's global configuration is
    /// (<c>YAMLLINT_CONFIG_FILE</c>, <c>XDG_CONFIG_HOME</c>, <c>HOME</c>), tflint's configuration and Terraform's installed modules (<c>TFLINT_CONFIG_FILE</c>, <c>TF_DATA_DIR</c>), and the test hook that makes it fail on one
    /// file (<c>IACTEST_LINT_FAULT</c>). A worker that lints on a build's behalf needs these of the build's
    /// environment, and no others.
    /// </summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = ["YAMLLINT_CONFIG_FILE", "XDG_CONFIG_HOME", "HOME", "TFLINT_CONFIG_FILE", "TF_DATA_DIR", FaultInjection.EnvironmentVariable];

    /// <summary>The identity of the engine assembly this process runs: its build's module id.</summary>
    public static string AssemblyIdentity => typeof(LintEngine).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>Writes one report file the project asked for (SARIF, code quality, checkstyle); none when the path is blank.</summary>
    private static void WriteReport(string? file, ReportFormat format, string projectDirectory, List<LintDiagnostic> diagnostics, LintEngine engine, BuildLintRequest request)
    {
        if (NullIfBlank(file) is not { } relative)
        {
            return;
        }

        var path = Path.GetFullPath(relative, projectDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        LintReport.Write(stream, format, diagnostics, engine.Catalog, new ReportOptions
        {
            WorkingDirectory = request.ProjectDirectory,
            SourceRoot = NullIfBlank(request.SarifRoot),
            ToolVersion = request.ToolVersion,
        });
    }

    private static void WriteLintResults(BuildLintRequest request, string projectDirectory, IEnumerable<string> files, IEnumerable<LintDiagnostic> reported)
    {
        if (NullIfBlank(request.LintResultsFile) is { } path)
        {
            LintResultsFile.Write(Path.GetFullPath(path, projectDirectory), projectDirectory, files, reported);
        }
    }

    private static void TrySave(Action save, string path, List<string> details)
    {
        try
        {
            save();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            details.Add($"IacTest lint: could not write the cache {path}: {exception.Message}");
        }
    }

    private static HashSet<string> ParseCodes(string? list) =>
        new((list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
