using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IacTest.Lint.Families.Kubernetes.Rules;
using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Suppressions;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Engine;

/// <summary>
/// What a rendered object's source file gets when it is linted on its own: a finding of the overlay that lands on the
/// same check and position is already reported there and is not repeated; a source line's <c># noqa</c> comment and a
/// check's ignored paths apply to the findings placed in it. What a source file gets alone is worked out once per run
/// and shared by every overlay that renders it (a base under a staging and a prod overlay is checked once, not twice).
/// </summary>
internal sealed class PlainFindings
{
    // Keyed by the run's resolved rules: a run's overlays share the store, and it goes when the run does.
    private static readonly ConditionalWeakTable<ResolvedRules, Store> Stores = new();

    private readonly RuleContext _context;
    private readonly ConcurrentDictionary<string, Source?> _sources;
    private readonly ConcurrentDictionary<(string File, ResolvedRule Rule), HashSet<(string Code, int Line, int Column)>> _findings;

    public PlainFindings(RuleContext context)
    {
        _context = context;
        var store = Stores.GetValue(((FindingSink)context.Sink).Resolved, static _ => new Store());
        _sources = store.Sources;
        _findings = store.Findings;
    }

    /// <summary>Whether <paramref name="file"/>, linted alone, gets the check's finding at <paramref name="at"/>.</summary>
    public bool Has(string file, ResolvedRule rule, string code, Position at)
    {
        var found = _findings.GetOrAdd((file, rule), key =>
            SourceOf(key.File) is { Lint.Kind: FileKind.Kubernetes } source
                ? ((FindingSink)_context.Sink).CheckAlone(key.Rule, source.Lint, key.File).Select(d => (d.Code, d.Line, d.Column)).ToHashSet()
                : []);

        return found.Contains((code, at.Line, at.Column));
    }

    /// <summary>Whether a comment in <paramref name="file"/> suppresses the finding at <paramref name="at"/>, or the check ignores the file.</summary>
    public bool IsSuppressedOrIgnored(string file, ResolvedRule rule, LintDiagnostic finding, Position at)
    {
        if (rule.Ignore.Count > 0 && PathPattern.IsIgnored(rule.Ignore, Path.GetRelativePath(Environment.CurrentDirectory, file)))
        {
            return true;
        }

        return SourceOf(file) is { } source && source.Suppressions.IsSuppressed(finding with { File = file, Line = at.Line, Column = at.Column }, rule.Rule.Family);
    }

    private Source? SourceOf(string file) => _sources.GetOrAdd(file, static path =>
    {
        try
        {
            var lint = new LintFile(SourceText.Read(path));
            return lint.SyntaxError is null ? new Source(lint, CommentDirectives.Read(lint)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    private sealed record Source(LintFile Lint, SuppressionMap Suppressions);

    private sealed class Store
    {
        public ConcurrentDictionary<string, Source?> Sources { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<(string File, ResolvedRule Rule), HashSet<(string Code, int Line, int Column)>> Findings { get; } = new();
    }
}
