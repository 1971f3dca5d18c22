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
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest
        {
            Directory = request.ProjectDirectory,
            YamllintConfigFile = NullIfBlank(request.YamllintConfig) is { } y ? Path.GetFullPath(y, request.ProjectDirectory) : null,
            AnsibleLintConfigFile = NullIfBlank(request.AnsibleLintConfig) is { } a ? Path.GetFullPath(a, request.ProjectDirectory) : null,
            Discover = request.ConfigDiscovery,
        });
        var configuration = loaded.Configuration;
        var settingProblems = RuleSettingOverrides.Apply(request.Rules, configuration).ToList();
        if (NullIfBlank(request.Families) is { } families && RuleFamilySelection.Apply(families, configuration) is { Count: > 0 } unknown)
        {
            settingProblems.Add(RuleSettingOverrides.SettingError(request.ProjectFile,
                $"IacLintFamilies: unknown rule family '{string.Join("', '", unknown)}' (known: {RuleFamilySelection.Known})"));
        }

        if (settingProblems.Count > 0)
        {
            // A wrong setting would lint with rules the user did not ask for: report it and nothing else.
            return new BuildLintResult(settingProblems, 0, 0, []);
        }

        var files = request.Files
            .Where(f => !string.IsNullOrEmpty(f))
            .Select(f => Path.GetFullPath(f, request.ProjectDirectory))
            .Distinct(StringComparer.Ordinal)
            .Where(f => !PathPattern.IsIgnored(configuration.Ignore, f))
            .ToList();

        var configured = stopwatch.ElapsedMilliseconds;
        var key = CacheKey(engineIdentity, configuration, loaded.Files);
        // Relative to the project, like every path of the request: a worker's working folder is not the project's.
        var cacheFile = NullIfBlank(request.CacheFile) is { } c ? Path.GetFullPath(c, request.ProjectDirectory) : null;
        var cache = cacheFile is null ? null : LintCache.Load(cacheFile, key);
        var cacheLoaded = stopwatch.ElapsedMilliseconds;
        var results = new SortedDictionary<string, LintCache.Entry>(StringComparer.Ordinal);
        var toLint = new List<string>();
        var stamps = cache is null ? null : FileStamp.Of(files);
        for (var i = 0; i < files.Count; i++)
        {
            if (stamps is not null && cache!.TryGet(files[i], stamps[i], out var cached))
            {
                results[files[i]] = new LintCache.Entry(stamps[i].Length, stamps[i].LastWriteTicks, cached);
            }
            else
            {
                toLint.Add(files[i]);
            }
        }

        var stamped = stopwatch.ElapsedMilliseconds;
        var engine = new LintEngine();
        var linted = engine.LintFiles(toLint, configuration);
        for (var i = 0; i < toLint.Count; i++)
        {
            var stamp = FileStamp.Of(toLint[i]);
            results[toLint[i]] = new LintCache.Entry(stamp.Length, stamp.LastWriteTicks, linted[i].Diagnostics);
        }

        var lintDone = stopwatch.ElapsedMilliseconds;
        var suppressed = ParseCodes(request.NoWarn);
        var notAsErrors = ParseCodes(request.WarningsNotAsErrors);
        var reported = loaded.Problems.Concat(results.Values.SelectMany(e => e.Diagnostics))
            .Where(d => d.Severity == Severity.Error || !suppressed.Contains(d.Code))
            .Select(d => request.TreatWarningsAsErrors && d.Severity == Severity.Warning && !notAsErrors.Contains(d.Code) ? d with { Severity = Severity.Error } : d)
            .ToList();

        var details = new List<string>();
        // A build with nothing changed leaves the cache as it is: same files, same stamps, same findings.
        if (cacheFile is not null && (toLint.Count > 0 || cache is null || cache.Count != results.Count))
        {
            TrySaveCache(cacheFile, key, results, details);
        }

        if (NullIfBlank(request.SarifFile) is { } sarif)
        {
            WriteSarif(Path.GetFullPath(sarif, request.ProjectDirectory), reported, engine, request);
        }

        // Where the time went, for a detailed log when a build seems slow.
        details.Insert(0, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: configuration {0} ms, cache load {1} ms, file stamps {2} ms, lint {3} ms, cache save and report {4} ms",
            configured, cacheLoaded - configured, stamped - cacheLoaded, lintDone - stamped, stopwatch.ElapsedMilliseconds - lintDone));
        return new BuildLintResult(reported, files.Count, toLint.Count, details);
    }

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

    // The whole key, not a hash of it: it is compared once per build, and a hash function would cost the native
    // worker a crypto library load (several ms) for nothing.
    private static string CacheKey(string engineIdentity, LintConfiguration configuration, IReadOnlyList<string> configFiles)
    {
        // The engine's identity and every input that changes findings without changing a linted file.
        var parts = new List<string> { engineIdentity, configuration.Fingerprint() };
        foreach (var file in configFiles)
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
