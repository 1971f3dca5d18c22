using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Configuration;

/// <summary>
/// One kind of configuration file teams already have (<c>.yamllint</c>, <c>.ansible-lint</c>, …). A source finds its
/// file, reads it and layers its settings; an invalid file becomes diagnostics positioned in that file.
/// </summary>
public interface IConfigurationSource
{
    /// <summary>The order among sources: lower applies first (later layers win).</summary>
    int Order { get; }

    /// <summary>Finds and applies this source's configuration.</summary>
    /// <param name="request">Where to look and what was named explicitly.</param>
    /// <param name="configuration">The configuration to layer onto.</param>
    /// <param name="problems">Where to report an invalid configuration.</param>
    /// <returns>The files read (so callers can watch them for changes).</returns>
    IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems);
}
