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
/// check's ignored paths apply to the findings placed in it.
/// </summary>
internal sealed class PlainFindings
{
    private readonly RuleContext _context;
    private readonly Dictionary<string, Source?> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<(string File, string Rule), HashSet<(string Code, int Line, int Column)>> _findings = [];

    public PlainFindings(RuleContext context)
    {
        _context = context;
    }

    /// <summary>Whether <paramref name="file"/>, linted alone, gets the check's finding at <paramref name="at"/>.</summary>
    public bool Has(string file, ResolvedRule rule, string code, Position at)
    {
        var key = (file, rule.Rule.Name);
        if (!_findings.TryGetValue(key, out var found))
        {
            found = [];
            if (SourceOf(file) is { Lint.Kind: FileKind.Kubernetes } source)
            {
                found.UnionWith(((FindingSink)_context.Sink).CheckAlone(rule, source.Lint, file).Select(d => (d.Code, d.Line, d.Column)));
            }

            _findings[key] = found;
        }

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

    private Source? SourceOf(string file)
    {
        if (!_sources.TryGetValue(file, out var source))
        {
            try
            {
                var lint = new LintFile(SourceText.Read(file));
                source = lint.SyntaxError is null ? new Source(lint, CommentDirectives.Read(lint)) : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                source = null;
            }

            _sources[file] = source;
        }

        return source;
    }

    private sealed record Source(LintFile Lint, SuppressionMap Suppressions);
}
