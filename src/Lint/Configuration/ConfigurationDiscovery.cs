using System.Diagnostics.CodeAnalysis;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Configuration;

/// <summary>
/// Builds the effective configuration from every <see cref="IConfigurationSource"/> of the engine, in order.
/// </summary>
public static class ConfigurationDiscovery
{
    private static readonly Lazy<IReadOnlyList<IConfigurationSource>> Sources = new(DiscoverSources);

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

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The CLI roots this assembly, so every source type is kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The CLI roots this assembly, so every source type is kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The CLI roots this assembly, so every source type is kept.")]
    private static IReadOnlyList<IConfigurationSource> DiscoverSources()
    {
        var sources = new List<IConfigurationSource>();
        foreach (var type in typeof(IConfigurationSource).Assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(IConfigurationSource).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                sources.Add((IConfigurationSource)Activator.CreateInstance(type)!);
            }
        }

        return sources.OrderBy(s => s.Order).ToArray();
    }
}
