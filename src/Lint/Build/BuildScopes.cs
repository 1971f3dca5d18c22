using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Build;

/// <summary>
/// The configuration scopes of one build, each with the build's own settings applied (the last layer): taken from the
/// <see cref="ConfigurationCache"/> while every path its loading looked at is unchanged, loaded otherwise. A scope
/// taken from the cache loads its configuration only when one of its files is linted.
/// </summary>
internal sealed class BuildScopes(BuildLintRequest request, ConfigurationRequest configurationRequest, ConfigurationCache? stored)
{
    private readonly ConfigurationScopes.Loader _loader = new(configurationRequest);
    private readonly Dictionary<ConfigurationScopes.Key, Resolved> _resolved = [];
    private IReadOnlyDictionary<string, string>? _projectProbes;

    /// <summary>How many scopes this build loaded (the others came from the cache unchanged).</summary>
    public int LoadedCount { get; private set; }

    /// <summary>
    /// Everything of the build's settings that changes a configuration without changing a configuration file: the
    /// MSBuild properties and items the task passes, and where yamllint's global configuration is.
    /// </summary>
    public static string SettingsKey(BuildLintRequest request)
    {
        var key = new StringBuilder();
        void Add(string? value) => key.Append(value).Append('\u001f');
        Add(Path.GetFullPath(request.ProjectDirectory));
        Add(request.ProjectFile);
        Add(request.YamllintConfig);
        Add(request.AnsibleLintConfig);
        Add(request.ConfigDiscovery ? "discover" : "no-discovery");
        Add(request.Families);
        Add(request.MaxFindingsPerFile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var rule in request.Rules)
        {
            Add($"{rule.Rule}\u001e{rule.Severity}\u001e{rule.Enabled}\u001e{rule.Options}\u001e{rule.DefinedIn}");
        }

        foreach (var variable in BuildLint.EnvironmentVariables)
        {
            Add(Environment.GetEnvironmentVariable(variable));
        }

        return key.ToString();
    }

    /// <summary>The scope of <paramref name="key"/>: from the cache when it is current, loaded otherwise.</summary>
    public Resolved Get(ConfigurationScopes.Key key)
    {
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            resolved = stored is not null && stored.Scopes.TryGetValue(key, out var state) && state.IsCurrent()
                ? new Resolved(this, key, state, null)
                : Load(key, fromCache: false);
            _resolved[key] = resolved;
        }

        return resolved;
    }

    /// <summary>The cache to keep for the next build: the folders probed and every scope of this build.</summary>
    public ConfigurationCache ToCache(FolderProbes folders) =>
        new(folders.Probes, _resolved.ToDictionary(r => r.Key, r => r.Value.State));

    private Resolved Load(ConfigurationScopes.Key key, bool fromCache)
    {
        // A scope the cache holds is loaded only to lint with: the cache stays as it is.
        LoadedCount += fromCache ? 0 : 1;

        // A nested scope layers the project's exclusions over its own: the project's files are among what it depends on.
        _projectProbes ??= ConfigurationProbes.Record(() => _loader.Load(ConfigurationScopes.Key.Project));
        (string Directory, ConfigurationDiscovery.Result? Loaded) loaded = (string.Empty, null);
        var probes = new Dictionary<string, string>(ConfigurationProbes.Record(() => loaded = _loader.Load(key)), StringComparer.Ordinal);
        foreach (var (path, stamp) in _projectProbes)
        {
            probes.TryAdd(path, stamp);
        }

        var configuration = loaded.Loaded!.Configuration;
        if (request.MaxFindingsPerFile is { } maxFindings)
        {
            // Before the fingerprint: a changed cap re-lints every file instead of replaying capped findings.
            configuration.MaxFindingsPerFile = maxFindings;
        }

        var settingProblems = RuleSettingOverrides.Apply(request.Rules, configuration).ToList();
        if (string.IsNullOrWhiteSpace(request.Families) is false && RuleFamilySelection.Apply(request.Families, configuration) is { Count: > 0 } unknown)
        {
            settingProblems.Add(RuleSettingOverrides.SettingError(request.ProjectFile,
                $"IacLintFamilies: unknown rule family '{string.Join("', '", unknown)}' (known: {RuleFamilySelection.Known})"));
        }

        var state = new ConfigurationCache.Scope(loaded.Directory, Fingerprint(configuration, loaded.Loaded.Files), loaded.Loaded.Problems, settingProblems,
            configuration.Ignore.Select(i => (i.Pattern, i.BaseDirectory)).ToList(), probes);
        return new Resolved(this, key, state, configuration);
    }

    // Every input that changes a file's findings without changing the file. The whole text, not a hash of it: it is
    // compared once per file, and a hash function would cost the native worker a crypto library load for nothing.
    private static string Fingerprint(LintConfiguration configuration, IReadOnlyList<string> configurationFiles)
    {
        var parts = new List<string> { configuration.Fingerprint() };
        foreach (var file in configurationFiles)
        {
            var stamp = FileStamp.Of(file);
            parts.Add($"{file}|{(stamp.Exists ? stamp.Length : -1)}|{stamp.LastWriteTicks}");
        }

        return string.Join("\n", parts);
    }

    /// <summary>One scope of the build.</summary>
    internal sealed class Resolved(BuildScopes owner, ConfigurationScopes.Key key, ConfigurationCache.Scope state, LintConfiguration? configuration)
    {
        private LintConfiguration? _configuration = configuration;
        private IReadOnlyList<PathPattern>? _ignore = configuration?.Ignore;

        /// <summary>Its fingerprint, problems and exclusions.</summary>
        public ConfigurationCache.Scope State { get; } = state;

        /// <summary>Its exclusions (ansible-lint's <c>exclude_paths</c>), which leave files out of every rule.</summary>
        public IReadOnlyList<PathPattern> Ignore => _ignore ??= State.Ignore.Select(i => new PathPattern(i.Pattern, i.BaseDirectory)).ToList();

        /// <summary>Its configuration, loaded on first use when it came from the cache.</summary>
        public LintConfiguration Configuration => _configuration ??= owner.Load(key, fromCache: true)._configuration!;
    }
}
