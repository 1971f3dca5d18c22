using IacTest.Lint.Text;

namespace IacTest.Lint.Reporting;

/// <summary>Where a report's paths and links point.</summary>
public sealed class ReportOptions
{
    /// <summary>The link to the rule pages when none is configured: the IacTest repository's <c>docs/rules/</c>.</summary>
    public const string DefaultRuleDocsBaseUri = "https://github.com/iactest/iactest/blob/main/docs/rules/";

    /// <summary>The folder relative file names of the findings are resolved against.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>
    /// The repository root that report paths are relative to (SARIF's <c>%SRCROOT%</c>, GitLab's <c>location.path</c>);
    /// null finds it from <c>.git</c> upward of <see cref="WorkingDirectory"/>.
    /// </summary>
    public string? SourceRoot { get; init; }

    /// <summary>The base URI each rule's page name (<c>IAC0101-line-length.md</c>) is appended to; null for the default.</summary>
    public string? RuleDocsBaseUri { get; init; }

    /// <summary>The version of the tool, as a report names it.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>The repository root in effect: the configured one, else the one found from <c>.git</c>.</summary>
    public string ResolveSourceRoot() =>
        SourceRoot is { Length: > 0 } root ? Path.GetFullPath(root, WorkingDirectory) : RepositoryRoot.Find(WorkingDirectory);

    /// <summary>The rule docs base in effect, ending with <c>/</c> so a page name can be appended.</summary>
    public string ResolveRuleDocsBaseUri()
    {
        var baseUri = RuleDocsBaseUri is { Length: > 0 } configured ? configured : DefaultRuleDocsBaseUri;
        return baseUri.EndsWith('/') ? baseUri : baseUri + "/";
    }
}
