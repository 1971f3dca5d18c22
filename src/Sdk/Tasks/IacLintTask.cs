using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Lints the project's <c>IacFile</c> items and logs each finding as an MSBuild error, warning or message in the
/// canonical <c>path(line,col): error IAC0122: …</c> form. Incremental per file through <see cref="LintCache"/>; run by
/// the native <c>iactest</c> when the package has one for this machine (<see cref="Worker"/>).
/// </summary>
// Public for a technical reason, not as an API: MSBuild's UsingTask loads only public task classes.
public sealed class IacLintTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private volatile bool _cancelled;
    private NativeLintWorker? _worker;

    /// <summary>The files to lint (<c>@(IacFile)</c>).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project folder: configuration discovery starts here.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The project file (<c>$(MSBuildProjectFullPath)</c>): errors in project-wide settings such as
    /// <c>IacLintFamilies</c> point at it. Without it they point at the file that runs the task.
    /// </summary>
    public string? ProjectFile { get; set; }

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

    /// <summary>The repository root the SARIF log's paths are relative to; empty finds it from <c>.git</c> upward of the project.</summary>
    public string? SarifRoot { get; set; }

    /// <summary>Where to write a GitLab Code Quality report, if anywhere.</summary>
    public string? CodeQualityFile { get; set; }

    /// <summary>Where to write a checkstyle XML report, if anywhere.</summary>
    public string? CheckstyleFile { get; set; }

    /// <summary>Where to write every checked file's findings, which the SDK's lint test rows read; nowhere when empty.</summary>
    public string? LintResultsFile { get; set; }

    /// <summary>Only these rule families (<c>yaml;ansible;kubernetes;compose;secrets;terraform</c>); all when empty.</summary>
    public string? Families { get; set; }

    /// <summary>
    /// The most findings reported per file, a whole number from 0 (no limit) up (<c>IacLintMaxFindingsPerFile</c>);
    /// the engine's default of 1000 when empty.
    /// </summary>
    public string? MaxFindingsPerFile { get; set; }

    /// <summary>Folders of third-party content (<c>@(IacVendored)</c>): linted as <see cref="VendoredLint"/> says.</summary>
    public ITaskItem[] Vendored { get; set; } = [];

    /// <summary>How vendored content is linted: <c>none</c> (default), <c>warning</c> or <c>error</c> (<c>IacLintVendored</c>).</summary>
    public string? VendoredLint { get; set; }

    /// <summary>Whether the install folders of the project's Galaxy <c>requirements.yml</c> are vendored content (default true).</summary>
    public bool VendorGalaxyRequirements { get; set; } = true;

    /// <summary>How many files were linted (not taken from the cache).</summary>
    [Output]
    public int LintedFileCount { get; private set; }

    /// <summary>How many files reused cached findings.</summary>
    [Output]
    public int CachedFileCount { get; private set; }

    /// <summary>
    /// The native <c>iactest</c> that runs the lint outside the build process (fast on every build); the lint runs in
    /// the build process when this is empty or the worker cannot run.
    /// </summary>
    public string? Worker { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        if (!VendoredLintNames.TryParse(VendoredLint, out var vendoredLint))
        {
            Log.LogError(null, "IAC0003", null, NullIfEmpty(ProjectFile) ?? BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0,
                $"IacLintVendored: '{VendoredLint}' is not one of none, warning, error (config)");
            return false;
        }

        int? maxFindings = null;
        if (NullIfEmpty(MaxFindingsPerFile?.Trim()) is { } limit)
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                Log.LogError(null, "IAC0003", null, NullIfEmpty(ProjectFile) ?? BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0,
                    $"IacLintMaxFindingsPerFile: '{MaxFindingsPerFile}' is not a whole number from 0 (no limit) up (config)");
                return false;
            }

            maxFindings = parsed;
        }

        var request = CreateRequest() with { VendoredLint = vendoredLint, MaxFindingsPerFile = maxFindings };
        var requestReady = stopwatch.ElapsedMilliseconds;
        var result = RunInWorker(request);
        var workerDone = stopwatch.ElapsedMilliseconds;
        if (_cancelled)
        {
            return false;
        }

        var lintedBy = result is null ? "the build process" : "the native worker";
        try
        {
            result ??= RunInProcess(request);
        }
        catch (Exception)
        {
            // The engine turns a failure on one file into that file's error; this is a failure outside it. Say so at
            // the project, in the project's words, instead of MSBuild's "task failed unexpectedly" and a stack trace.
            Log.LogError(null, "IAC0004", null, request.ProjectFile, 0, 0, 0, 0,
                "IacTest lint stopped on an internal error before it could report; no file was checked. Please report it with this project.");
            return false;
        }

        var linted = stopwatch.ElapsedMilliseconds;
        LintedFileCount = result.LintedFileCount;
        CachedFileCount = result.CachedFileCount;
        foreach (var diagnostic in result.Reported)
        {
            LogDiagnostic(diagnostic);
        }

        foreach (var detail in result.Details)
        {
            Log.LogMessage(MessageImportance.Low, detail);
        }

        // Where the task's own time went, beside the lint's breakdown above.
        Log.LogMessage(MessageImportance.Low, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: request {0} ms, worker {1} ms, lint in {2} {3} ms, logging {4} ms",
            requestReady, workerDone - requestReady, lintedBy, linted - requestReady, stopwatch.ElapsedMilliseconds - linted));
        Log.LogMessage(MessageImportance.Normal, string.Format(CultureInfo.InvariantCulture,
            "IacTest lint: linted {0} of {1} files ({2} from cache) in {3} ms: {4} errors, {5} warnings.",
            result.LintedFileCount, result.FileCount, result.CachedFileCount, stopwatch.ElapsedMilliseconds,
            result.Reported.Count(d => d.Severity == Severity.Error), result.Reported.Count(d => d.Severity == Severity.Warning)));
        return !Log.HasLoggedErrors;
    }

    /// <inheritdoc />
    public void Cancel()
    {
        _cancelled = true;
        _worker?.Cancel();
    }

    private BuildLintRequest CreateRequest() => new()
    {
        ProjectDirectory = ProjectDirectory,
        ProjectFile = NullIfEmpty(ProjectFile) ?? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty,
        // Item specs as they are: the lint resolves them from the project folder, cheaper than MSBuild's FullPath.
        Files = Files.Select(f => f.ItemSpec).ToList(),
        CacheFile = NullIfEmpty(CacheFile),
        YamllintConfig = NullIfEmpty(YamllintConfig),
        AnsibleLintConfig = NullIfEmpty(AnsibleLintConfig),
        ConfigDiscovery = ConfigDiscovery,
        Rules = Rules.Select(r => new RuleSettingItem(r.ItemSpec, r.GetMetadata("Severity"), r.GetMetadata("Enabled"), r.GetMetadata("Options"),
            r.GetMetadata("DefiningProjectFullPath"))).ToList(),
        NoWarn = NoWarn,
        TreatWarningsAsErrors = TreatWarningsAsErrors,
        WarningsNotAsErrors = WarningsNotAsErrors,
        SarifFile = NullIfEmpty(SarifFile),
        SarifRoot = NullIfEmpty(SarifRoot),
        LintResultsFile = NullIfEmpty(LintResultsFile),
        CodeQualityFile = NullIfEmpty(CodeQualityFile),
        CheckstyleFile = NullIfEmpty(CheckstyleFile),
        Families = NullIfEmpty(Families),
        Vendored = Vendored.Select(v => v.ItemSpec).ToList(),
        VendorGalaxyRequirements = VendorGalaxyRequirements,
        ToolVersion = typeof(IacLintTask).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
    };

    private BuildLintResult? RunInWorker(BuildLintRequest request)
    {
        if (NullIfEmpty(Worker) is not { } executable)
        {
            return null;
        }

        _worker = new NativeLintWorker(executable);
        var result = _worker.TryRun(request, out var failure);
        if (result is null && !_cancelled)
        {
            Log.LogMessage(MessageImportance.Normal, $"IacTest lint: the native lint worker {executable} could not run ({failure}); linting in the build process.");
        }
        else if (result is not null)
        {
            Log.LogMessage(MessageImportance.Low, $"IacTest lint: ran in the native lint worker {executable}.");
            Log.LogMessage(MessageImportance.Low, _worker.Timings);
        }

        return result;
    }

    // Kept out of Execute so that a build served by the worker never loads the engine's types.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BuildLintResult RunInProcess(BuildLintRequest request) => BuildLint.Run(request, EngineIdentity);

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

    // The engine and this task: a cache written by another build of either is not reused.
    private static string EngineIdentity => BuildLint.AssemblyIdentity + "|" + typeof(IacLintTask).Assembly.ManifestModule.ModuleVersionId;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
