namespace IacTest.Lint.Build;

/// <summary>
/// Everything one build's lint needs: the project's files, its configuration inputs and the MSBuild settings that
/// change how findings are reported. The same request is run in the build process or handed to the native
/// <c>iactest</c> (see <see cref="BuildLintProtocol"/>).
/// </summary>
internal sealed record BuildLintRequest
{
    /// <summary>The project folder: configuration discovery starts here and relative paths resolve from here.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The project file: where a mistake in a project-wide setting is reported.</summary>
    public string ProjectFile { get; init; } = string.Empty;

    /// <summary>The files to lint: full paths, or paths relative to <see cref="ProjectDirectory"/>.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Where the per-file cache lives; no cache when null.</summary>
    public string? CacheFile { get; init; }

    /// <summary>A yamllint configuration file to use instead of discovering one.</summary>
    public string? YamllintConfig { get; init; }

    /// <summary>An ansible-lint configuration file to use instead of discovering one.</summary>
    public string? AnsibleLintConfig { get; init; }

    /// <summary>Whether <c>.yamllint</c> / <c>.ansible-lint</c> files are discovered.</summary>
    public bool ConfigDiscovery { get; init; } = true;

    /// <summary>Per-rule settings, the last configuration layer.</summary>
    public IReadOnlyList<RuleSettingItem> Rules { get; init; } = [];

    /// <summary>Codes not reported as warnings or messages (the project's <c>NoWarn</c>).</summary>
    public string? NoWarn { get; init; }

    /// <summary>Whether warnings are reported as errors (the project's <c>TreatWarningsAsErrors</c>).</summary>
    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>Codes that stay warnings under <see cref="TreatWarningsAsErrors"/>.</summary>
    public string? WarningsNotAsErrors { get; init; }

    /// <summary>Where to write a SARIF 2.1.0 log, if anywhere.</summary>
    public string? SarifFile { get; init; }

    /// <summary>The repository root the SARIF log's paths are relative to; null finds it from <c>.git</c> upward of the project.</summary>
    public string? SarifRoot { get; init; }

    /// <summary>Where to write a GitLab Code Quality report, if anywhere; paths relative to the repository root as in SARIF.</summary>
    public string? CodeQualityFile { get; init; }

    /// <summary>Where to write a checkstyle XML report, if anywhere.</summary>
    public string? CheckstyleFile { get; init; }

    /// <summary>Where to write every checked file's findings for the SDK's lint test rows (<see cref="Reporting.LintResultsFile"/>), if anywhere.</summary>
    public string? LintResultsFile { get; init; }

    /// <summary>Only these rule families (<c>yaml;ansible;…</c>); all when empty.</summary>
    public string? Families { get; init; }

    /// <summary>
    /// Folders of third-party content (<c>IacVendored</c> items, referenced modules): full paths or relative to
    /// <see cref="ProjectDirectory"/>. How they are linted is <see cref="VendoredLint"/>.
    /// </summary>
    public IReadOnlyList<string> Vendored { get; init; } = [];

    /// <summary>
    /// Whether the install folders of the project's Galaxy <c>requirements.yml</c> (<c>roles/&lt;role&gt;</c>,
    /// <c>collections/ansible_collections/&lt;ns&gt;/&lt;name&gt;</c>) count as vendored too.
    /// </summary>
    public bool VendorGalaxyRequirements { get; init; } = true;

    /// <summary>How vendored files are linted (<c>IacLintVendored</c>).</summary>
    public VendoredLint VendoredLint { get; init; } = VendoredLint.None;

    /// <summary>
    /// The most findings reported per file (<c>IacLintMaxFindingsPerFile</c>; 0 for no limit); the configuration's
    /// default when null.
    /// </summary>
    public int? MaxFindingsPerFile { get; init; }

    /// <summary>The tool version written into the SARIF log.</summary>
    public string ToolVersion { get; init; } = "0.0.0";
}
