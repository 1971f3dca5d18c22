using System.Diagnostics;
using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Lints the project's <c>IacFile</c> items and logs each finding as an MSBuild error, warning or message in the
/// canonical <c>path(line,col): error IAC0122: …</c> form. Incremental per file through <see cref="LintCache"/>.
/// </summary>
public sealed class IacLintTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The files to lint (<c>@(IacFile)</c>).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project folder: configuration discovery starts here.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Where the per-file cache lives (under <c>obj/</c>).</summary>
    public string? CacheFile { get; set; }

    /// <summary>A yamllint configuration file to use instead of discovering one.</summary>
    public string? YamllintConfig { get; set; }

    /// <summary>An ansible-lint configuration file to use instead of discovering one.</summary>
    public string? AnsibleLintConfig { get; set; }

    /// <summary>Whether <c>.yamllint</c> / <c>.ansible-lint</c> files are discovered (default true).</summary>
    public bool ConfigDiscovery { get; set; } = true;

    /// <summary>Per-rule settings: <c>&lt;IacLintRule Include="line-length" Severity="warning" Options="max=120" /&gt;</c>.</summary>
    public ITaskItem[] Rules { get; set; } = [];

    /// <summary>The project's <c>NoWarn</c>: IAC codes listed there are not reported as warnings or messages.</summary>
    public string? NoWarn { get; set; }

    /// <summary>The project's <c>TreatWarningsAsErrors</c>: lint warnings become errors, as compiler warnings do.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's <c>WarningsNotAsErrors</c>: IAC codes that stay warnings under <see cref="TreatWarningsAsErrors"/>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log, if anywhere.</summary>
    public string? SarifFile { get; set; }

    /// <summary>Only these rule families (<c>yaml;ansible;kubernetes;compose;secrets</c>); all when empty.</summary>
    public string? Families { get; set; }

    /// <summary>How many files were linted (not taken from the cache).</summary>
    [Output]
    public int LintedFileCount { get; private set; }

    /// <summary>How many files reused cached findings.</summary>
    [Output]
    public int CachedFileCount { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest
        {
            Directory = ProjectDirectory,
            YamllintConfigFile = NullIfEmpty(YamllintConfig) is { } y ? Path.GetFullPath(y, ProjectDirectory) : null,
            AnsibleLintConfigFile = NullIfEmpty(AnsibleLintConfig) is { } a ? Path.GetFullPath(a, ProjectDirectory) : null,
            Discover = ConfigDiscovery,
        });
        var configuration = loaded.Configuration;
        if (!MsBuildRuleSettings.Apply(Rules, configuration, Log))
        {
            return false;
        }

        if (NullIfEmpty(Families) is { } families && RuleFamilySelection.Apply(families, configuration) is { Count: > 0 } unknown)
        {
            Log.LogError(null, "IAC0003", null, BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0,
                $"IacLintFamilies: unknown rule family '{string.Join("', '", unknown)}' (known: {RuleFamilySelection.Known})");
            return false;
        }

        var files = Files
            .Select(f => f.GetMetadata("FullPath"))
            .Where(f => !string.IsNullOrEmpty(f))
            .Distinct(StringComparer.Ordinal)
            .Where(f => !PathPattern.IsIgnored(configuration.Ignore, f))
            .ToList();

        var configured = stopwatch.ElapsedMilliseconds;
        var key = CacheKey(configuration, loaded.Files);
        var cache = CacheFile is null ? null : LintCache.Load(CacheFile, key);
        var cacheLoaded = stopwatch.ElapsedMilliseconds;
        var results = new SortedDictionary<string, LintCache.Entry>(StringComparer.Ordinal);
        var toLint = new List<string>();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            if (cache is not null && cache.TryGet(file, info, out var cached))
            {
                results[file] = new LintCache.Entry(info.Length, info.LastWriteTimeUtc.Ticks, cached);
            }
            else
            {
                toLint.Add(file);
            }
        }

        var stamped = stopwatch.ElapsedMilliseconds;
        var engine = new LintEngine();
        var linted = engine.LintFiles(toLint, configuration);
        for (var i = 0; i < toLint.Count; i++)
        {
            var info = new FileInfo(toLint[i]);
            results[toLint[i]] = new LintCache.Entry(info.Exists ? info.Length : 0, info.Exists ? info.LastWriteTimeUtc.Ticks : 0, linted[i].Diagnostics);
        }

        var lintDone = stopwatch.ElapsedMilliseconds;
        LintedFileCount = toLint.Count;
        CachedFileCount = files.Count - toLint.Count;

        var suppressed = ParseCodes(NoWarn);
        var notAsErrors = ParseCodes(WarningsNotAsErrors);
        var reported = loaded.Problems.Concat(results.Values.SelectMany(e => e.Diagnostics))
            .Where(d => d.Severity == Severity.Error || !suppressed.Contains(d.Code))
            .Select(d => TreatWarningsAsErrors && d.Severity == Severity.Warning && !notAsErrors.Contains(d.Code) ? d with { Severity = Severity.Error } : d)
            .ToList();
        foreach (var diagnostic in reported)
        {
            LogDiagnostic(diagnostic);
        }

        var logged = stopwatch.ElapsedMilliseconds;
        if (CacheFile is not null)
        {
            TrySaveCache(CacheFile, key, results);
        }

        if (!string.IsNullOrEmpty(SarifFile))
        {
            WriteSarif(reported, engine);
        }

        // Where the time went, for `-v:detailed` when a build seems slow.
        Log.LogMessage(MessageImportance.Low, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: configuration {0} ms, cache load {1} ms, file stamps {2} ms, lint {3} ms, logging {4} ms, cache save and report {5} ms",
            configured, cacheLoaded - configured, stamped - cacheLoaded, lintDone - stamped, logged - lintDone, stopwatch.ElapsedMilliseconds - logged));
        Log.LogMessage(MessageImportance.Normal, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: linted {0} of {1} files ({2} from cache) in {3} ms: {4} errors, {5} warnings.",
            LintedFileCount, files.Count, CachedFileCount, stopwatch.ElapsedMilliseconds,
            reported.Count(d => d.Severity == Severity.Error), reported.Count(d => d.Severity == Severity.Warning)));
        return !Log.HasLoggedErrors;
    }

    private void LogDiagnostic(LintDiagnostic d)
    {
        var message = $"{d.Message} ({d.Rule})";
        switch (d.Severity)
        {
            case Severity.Error:
                Log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, message);
                break;
            default:
                Log.LogMessage(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, MessageImportance.High, message);
                break;
        }
    }

    private void WriteSarif(List<LintDiagnostic> diagnostics, LintEngine engine)
    {
        var path = Path.GetFullPath(SarifFile!, ProjectDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        var version = typeof(IacLintTask).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        SarifReporter.Write(stream, diagnostics, engine.Catalog, version, ProjectDirectory);
    }

    private void TrySaveCache(string path, string key, IReadOnlyDictionary<string, LintCache.Entry> results)
    {
        try
        {
            LintCache.Save(path, key, results);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.Low, $"IacTest lint: could not write the cache {path}: {exception.Message}");
        }
    }

    private static string CacheKey(LintConfiguration configuration, IReadOnlyList<string> configFiles)
    {
        // The engine's identity (its build) and every input that changes findings without changing a linted file.
        var parts = new List<string>
        {
            typeof(LintEngine).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(IacLintTask).Assembly.ManifestModule.ModuleVersionId.ToString(),
            configuration.Fingerprint(),
        };
        foreach (var file in configFiles)
        {
            var info = new FileInfo(file);
            parts.Add($"{file}|{(info.Exists ? info.Length : -1)}|{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}");
        }

        using var sha = System.Security.Cryptography.SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", parts))));
    }

    private static HashSet<string> ParseCodes(string? list) =>
        new((list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
