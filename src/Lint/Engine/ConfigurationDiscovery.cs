using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Engine;

/// <summary>
/// Builds the effective configuration from every <see cref="IConfigurationSource"/> of the engine (<see cref="BuiltInConfigurationSources"/>), in order.
/// </summary>
public static class ConfigurationDiscovery
{
    private static readonly Lazy<IReadOnlyList<IConfigurationSource>> Sources = new(BuiltInConfigurationSources.Create);

    /// <summary>The result of loading: the configuration, the files it came from, and problems in them.</summary>
    /// <param name="Configuration">The effective configuration.</param>
    /// <param name="Files">The configuration files that were read.</param>
    /// <param name="Problems">Errors in those files, positioned in them.</param>
    public sealed record Result(LintConfiguration Configuration, IReadOnlyList<string> Files, IReadOnlyList<LintDiagnostic> Problems);

    /// <summary>Loads configuration for a request.</summary>
    public static Result Load(ConfigurationRequest request)
    {
        var configuration = new LintConfiguration();
        var files = new List<string>();
        var problems = new List<LintDiagnostic>();
        foreach (var source in Sources.Value)
        {
            files.AddRange(source.Apply(request, configuration, problems));
        }

        return new Result(configuration, files, problems);
    }
}
