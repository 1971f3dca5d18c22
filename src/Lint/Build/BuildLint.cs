using System.Diagnostics;
using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Reporting;

namespace IacTest.Lint.Build;

/// <summary>
/// One build's lint: configuration, the per-file cache, the lint of what changed, the project's warning settings and
/// the SARIF log. Run by the MSBuild task in its own process or by the native <c>iactest</c> on its behalf.
/// </summary>
public static class BuildLint
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
        var symlinks = new SymlinkedFolders(projectDirectory);
        var candidates = request.Files
            .Where(f => !string.IsNullOrEmpty(f))
            .Select(f => Path.GetFullPath(f, projectDirectory))
            .Distinct(StringComparer.Ordinal)
            // yamllint and ansible-lint do not descend into a symlinked folder; MSBuild's globs do.
            .Where(f => !symlinks.IsReachedThroughLink(f))
            .Where(f => request.VendoredLint != VendoredLint.None || VendoredRoot(f, vendored) is null)
            .ToList();

        var loaded = ConfigurationScopes.Load(new ConfigurationRequest
        {
            Directory = projectDirectory,
            YamllintConfigFile = NullIfBlank(request.YamllintConfig) is { } y ? Path.GetFullPath(y, projectDirectory) : null,
            AnsibleLintConfigFile = NullIfBlank(request.AnsibleLintConfig) is { } a ? Path.GetFullPath(a, projectDirectory) : null,
            Discover = request.ConfigDiscovery,
        }, candidates, vendored);

        // The project's MSBuild settings are the last layer of every scope's configuration; their mistakes are reported once.
        var settingProblems = new List<LintDiagnostic>();
        foreach (var scope in loaded.Scopes)
        {
            if (request.MaxFindingsPerFile is { } maxFindings)
            {
                // Before the fingerprints below: a changed cap re-lints every file instead of replaying capped findings.
                scope.Configuration.MaxFindingsPerFile = maxFindings;
            }

            var problems = RuleSettingOverrides.Apply(request.Rules, scope.Configuration).ToList();
            if (NullIfBlank(request.Families) is { } families && RuleFamilySelection.Apply(families, scope.Configuration) is { Count: > 0 } unknown)
            {
                problems.Add(RuleSettingOverrides.SettingError(request.ProjectFile,
                    $"IacLintFamilies: unknown rule family '{string.Join("', '", unknown)}' (known: {RuleFamilySelection.Known})"));
            }

            if (settingProblems.Count == 0)
            {
                settingProblems.AddRange(problems);
            }
        }

        if (settingProblems.Count > 0)
        {
            // A wrong setting would lint with rules the user did not ask for: report it and nothing else.
            return new BuildLintResult(settingProblems, 0, 0, []);
        }

        // Each file with its scope's fingerprint; ansible-lint's exclude_paths leave files out of every rule.
        var files = new List<(string File, ConfigurationScopes.Scope Scope, string Fingerprint)>();
        var fingerprints = loaded.Scopes.ToDictionary(scope => scope, ScopeFingerprint);
        foreach (var scope in loaded.Scopes)
        {
            var fingerprint = fingerprints[scope];
            files.AddRange(scope.Files.Where(f => !PathPattern.IsIgnored(scope.Configuration.Ignore, f)).Select(f => (f, scope, fingerprint)));
        }

        var configured = stopwatch.ElapsedMilliseconds;
        var key = engineIdentity;
        // Relative to the project, like every path of the request: a worker's working folder is not the project's.
        var cacheFile = NullIfBlank(request.CacheFile) is { } c ? Path.GetFullPath(c, projectDirectory) : null;
        var cache = cacheFile is null ? null : LintCache.Load(cacheFile, key);
        var cacheLoaded = stopwatch.ElapsedMilliseconds;
        var results = new SortedDictionary<string, LintCache.Entry>(StringComparer.Ordinal);
        var toLint = new Dictionary<ConfigurationScopes.Scope, List<string>>();
        var stamps = cache is null ? null : FileStamp.Of(files.Select(f => f.File).ToList());
        for (var i = 0; i < files.Count; i++)
        {
            var (file, scope, fingerprint) = files[i];
            if (stamps is not null && cache!.TryGet(file, stamps[i], fingerprint, out var cached))
            {
                results[file] = new LintCache.Entry(stamps[i].Length, stamps[i].LastWriteTicks, fingerprint, cached);
            }
            else
            {
                (toLint.TryGetValue(scope, out var list) ? list : toLint[scope] = []).Add(file);
            }
        }

        var stamped = stopwatch.ElapsedMilliseconds;
        var engine = new LintEngine();
        foreach (var (scope, paths) in toLint)
        {
            var fingerprint = fingerprints[scope];
            var linted = engine.LintFiles(paths, scope.Configuration);
            for (var i = 0; i < paths.Count; i++)
            {
                var stamp = FileStamp.Of(paths[i]);
                results[paths[i]] = new LintCache.Entry(stamp.Length, stamp.LastWriteTicks, fingerprint, linted[i].Diagnostics);
            }
        }

        var lintedCount = toLint.Values.Sum(l => l.Count);
        var lintDone = stopwatch.ElapsedMilliseconds;
        var suppressed = ParseCodes(request.NoWarn);
        var notAsErrors = ParseCodes(request.WarningsNotAsErrors);
        var reported = loaded.Problems.Concat(results.Values.SelectMany(e => e.Diagnostics))
            .Select(d => request.VendoredLint == VendoredLint.Warning && d.Severity == Severity.Error && VendoredRoot(d.File, vendored) is not null
                ? d with { Severity = Severity.Warning }
                : d)
            .Where(d => d.Severity == Severity.Error || !suppressed.Contains(d.Code))
            .Select(d => request.TreatWarningsAsErrors && d.Severity == Severity.Warning && !notAsErrors.Contains(d.Code) ? d with { Severity = Severity.Error } : d)
            .ToList();

        var details = new List<string>();
        // A build with nothing changed leaves the cache as it is: same files, same stamps, same findings.
        if (cacheFile is not null && (lintedCount > 0 || cache is null || cache.Count != results.Count))
        {
            TrySaveCache(cacheFile, key, results, details);
        }

        if (NullIfBlank(request.SarifFile) is { } sarif)
        {
            WriteSarif(Path.GetFullPath(sarif, projectDirectory), reported, engine, request);
        }

        // Where the time went, for a detailed log when a build seems slow.
        details.Insert(0, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: configuration {0} ms ({5} scopes), cache load {1} ms, file stamps {2} ms, lint {3} ms, cache save and report {4} ms",
            configured, cacheLoaded - configured, stamped - cacheLoaded, lintDone - stamped, stopwatch.ElapsedMilliseconds - lintDone, loaded.Scopes.Count));
        return new BuildLintResult(reported, files.Count, lintedCount, details);
    }

    /// <summary>The vendored folder holding <paramref name="file"/>, or null.</summary>
    private static string? VendoredRoot(string file, List<string> vendored) =>
        vendored.Find(root => file.Length > root.Length + 1 && file.StartsWith(root, StringComparison.Ordinal) && file[root.Length] == Path.DirectorySeparatorChar);

    /// <summary>
    /// The environment variables the engine reads: where yamllint's global configuration is
    /// (<c>YAMLLINT_CONFIG_FILE</c>, <c>XDG_CONFIG_HOME</c>, <c>HOME</c>), and the test hook that makes it fail on one
    /// file (<c>IACTEST_LINT_FAULT</c>). A worker that lints on a build's behalf needs these of the build's
    /// environment, and no others.
    /// </summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = ["YAMLLINT_CONFIG_FILE", "XDG_CONFIG_HOME", "HOME", FaultInjection.EnvironmentVariable];

    /// <summary>The identity of the engine assembly this process runs: its build's module id.</summary>
    public static string AssemblyIdentity => typeof(LintEngine).Assembly.ManifestModule.ModuleVersionId.ToString();

    private static void WriteSarif(string path, List<LintDiagnostic> diagnostics, LintEngine engine, BuildLintRequest request)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        SarifReporter.Write(stream, diagnostics, engine.Catalog, request.ToolVersion, request.ProjectDirectory);
    }

    private static void TrySaveCache(string path, string key, IReadOnlyDictionary<string, LintCache.Entry> results, List<string> details)
    {
        try
        {
            LintCache.Save(path, key, results);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            details.Add($"IacTest lint: could not write the cache {path}: {exception.Message}");
        }
    }

    // The whole text, not a hash of it: it is compared once per file, and a hash function would cost the native
    // worker a crypto library load (several ms) for nothing.
    private static string ScopeFingerprint(ConfigurationScopes.Scope scope)
    {
        // Every input that changes a file's findings without changing the file.
        var parts = new List<string> { scope.Configuration.Fingerprint() };
        foreach (var file in scope.ConfigurationFiles)
        {
            var stamp = FileStamp.Of(file);
            parts.Add($"{file}|{(stamp.Exists ? stamp.Length : -1)}|{stamp.LastWriteTicks}");
        }

        return string.Join("\n", parts);
    }

    private static HashSet<string> ParseCodes(string? list) =>
        new((list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
