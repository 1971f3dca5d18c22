using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;
using IacTest.Lint.Suppressions;
using IacTest.Lint.Text;

namespace IacTest.Lint.Engine;

/// <summary>
/// Runs the rules over files: read → decode → parse → classify → rules → configuration → suppressions.
/// Never throws for a file's content: every problem becomes a diagnostic and the other files go on.
/// </summary>
public sealed class LintEngine
{
    /// <summary>Creates an engine over a catalog (default: every rule).</summary>
    public LintEngine(RuleCatalog? catalog = null)
    {
        Catalog = catalog ?? RuleCatalog.Default;
    }

    /// <summary>The rules this engine runs.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>Lints files in parallel; results come back in the order of <paramref name="paths"/>.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="configuration">The configuration they are linted under.</param>
    /// <param name="maxDegreeOfParallelism">Files linted at once; zero or less means one per processor.</param>
    public IReadOnlyList<FileLintResult> LintFiles(IReadOnlyList<string> paths, LintConfiguration configuration, int maxDegreeOfParallelism = -1)
    {
        var results = new FileLintResult[paths.Count];
        var resolved = ResolvedRules.Resolve(Catalog, configuration);

        // Linting is CPU-bound: more workers than processors only add switching (an unbounded loop measured slower).
        var workers = Math.Min(maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount, paths.Count);
        if (workers <= 1)
        {
            for (var i = 0; i < paths.Count; i++)
            {
                results[i] = LintPath(paths[i], configuration, resolved);
            }

            return results;
        }

        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => results[i] = LintPath(paths[i], configuration, resolved));
        return results;
    }

    /// <summary>Lints one file from disk.</summary>
    public FileLintResult LintPath(string path, LintConfiguration configuration) =>
        LintPath(path, configuration, ResolvedRules.Resolve(Catalog, configuration));

    /// <summary>Lints text that is already in memory (editors, tests).</summary>
    public FileLintResult LintText(string path, string text, LintConfiguration configuration) =>
        LintSource(SourceText.FromText(path, text), configuration, ResolvedRules.Resolve(Catalog, configuration));

    private FileLintResult LintPath(string path, LintConfiguration configuration, ResolvedRules resolved)
    {
        if (PathPattern.IsIgnored(configuration.Ignore, path))
        {
            return new FileLintResult(path, null, [], "ignored by configuration");
        }

        SourceText source;
        try
        {
            if (SourceText.Read(path, configuration.MaxFileBytes, out var length) is not { } read)
            {
                return Single(path, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Warning, 1, 1,
                    $"skipped: the file is {length:N0} bytes, over the limit of {configuration.MaxFileBytes:N0}");
            }

            source = read;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Single(path, EngineRules.LoadFailureCode, EngineRules.LoadFailureName, Severity.Error, 1, 1, $"cannot read the file: {exception.Message}");
        }

        return LintSource(source, configuration, resolved);
    }

    private FileLintResult LintSource(SourceText source, LintConfiguration configuration, ResolvedRules resolved)
    {
        if (!source.IsText)
        {
            return Single(source.Path, EngineRules.LoadFailureCode, EngineRules.LoadFailureName, Severity.Error,
                source.NotTextLine, source.NotTextColumn, $"not a text file: {source.NotTextReason}");
        }

        var file = new LintFile(source, null, resolved.AnsibleKinds);
        var found = new List<LintDiagnostic>();
        var suppressions = CommentDirectives.Read(file);

        var syntax = file.SyntaxError;
        // A yamllint ignore leaves the file to the other tools' rules, not out of the lint.
        var yamllintIgnored = resolved.IsYamllintIgnored(source.Path);
        if (syntax is not null && !suppressions.IsFileDisabled(RuleFamily.Yaml) && !yamllintIgnored)
        {
            found.Add(new LintDiagnostic(source.Path, syntax.Position.Line, syntax.Position.Column, EngineRules.SyntaxCode,
                EngineRules.SyntaxName, Severity.Error, $"syntax error: {syntax.Message}"));
        }

        var tooDeep = syntax is null && file.MaxDepth > configuration.MaxStructuralDepth;
        if (tooDeep)
        {
            found.Add(new LintDiagnostic(source.Path, 1, 1, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Info,
                $"structural checks skipped: nesting is deeper than {configuration.MaxStructuralDepth} levels"));
        }

        FileKind? kind = resolved.NeedsKind ? file.Kind : null;
        foreach (var rule in resolved.RulesFor(kind))
        {
            if ((kind is { } known && !rule.Rule.AppliesTo(known)) || suppressions.IsFileDisabled(rule.Rule.Family)
                || (yamllintIgnored && rule.Rule.Family == RuleFamily.Yaml)
                || (rule.Rule.NeedsDocuments && (syntax is not null || tooDeep))
                || (rule.Ignore.Count > 0 && PathPattern.IsIgnored(rule.Ignore, source.Path)))
            {
                continue;
            }

            var before = found.Count;
            try
            {
                rule.Rule.Check(new RuleContext(file, rule.Rule, rule.Options, rule.Severity, found));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A rule bug must not cost the user the other findings: report it where it can be seen.
                found.RemoveRange(before, found.Count - before);
                found.Add(new LintDiagnostic(source.Path, 1, 1, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Warning,
                    $"rule {rule.Rule.Name} ({rule.Rule.Code}) could not check this file: {exception.GetType().Name}: {exception.Message}"));
            }
        }

        var kept = new List<LintDiagnostic>(found.Count);
        foreach (var diagnostic in found)
        {
            var family = Catalog.Find(diagnostic.Code)?.Family ?? RuleFamily.Engine;
            if (suppressions.IsSuppressed(diagnostic, family))
            {
                continue;
            }

            var adjusted = resolved.ApplySubRuleSettings(diagnostic);
            if (adjusted is not null)
            {
                kept.Add(adjusted);
            }
        }

        kept.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line)
            : a.Column != b.Column ? a.Column.CompareTo(b.Column)
            : string.CompareOrdinal(a.Code, b.Code));
        DropFindingShadowedBySyntaxError(kept);
        return new FileLintResult(source.Path, kind, kept);
    }

    /// <summary>
    /// yamllint reports a syntax error in place of the first YAML finding at or after its position (same line or
    /// later, same column or later): that finding is most likely the same problem seen by a formatting rule.
    /// </summary>
    private void DropFindingShadowedBySyntaxError(List<LintDiagnostic> kept)
    {
        var syntax = kept.Find(static d => d.Code == EngineRules.SyntaxCode);
        if (syntax is null)
        {
            return;
        }

        var shadowed = kept.FindIndex(d => d.Code != EngineRules.SyntaxCode && d.Line >= syntax.Line && d.Column >= syntax.Column
            && Catalog.Find(d.Code)?.Family == RuleFamily.Yaml);
        if (shadowed >= 0)
        {
            kept.RemoveAt(shadowed);
        }
    }

    private static FileLintResult Single(string path, string code, string name, Severity severity, int line, int column, string message) =>
        new(path, null, [new LintDiagnostic(path, Math.Max(1, line), Math.Max(1, column), code, name, severity, message)]);
}
