using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Suppressions;
using IacTest.Lint.Text;

namespace IacTest.Lint.Engine;

/// <summary>
/// Runs the rules over files: read → decode → parse → suppressions → classify → rules → report.
/// Never throws for a file: every problem, an internal failure included, becomes a positioned diagnostic of that file
/// and the other files go on.
/// </summary>
public sealed class LintEngine
{
    /// <summary>Creates an engine over a catalog (default: every rule).</summary>
    public LintEngine(RuleCatalog? catalog = null)
    {
        Catalog = catalog ?? BuiltInRules.Catalog;
        Fault = FaultInjection.FromEnvironment();
    }

    /// <summary>The rules this engine runs.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>A failure to inject, for tests of containment (<see cref="FaultInjection"/>).</summary>
    internal FaultInjection? Fault { get; set; }

    /// <summary>
    /// YAML texts of at least this many characters are linted with their documents let go before their tokens are
    /// scanned (see <c>LintFile.ReleaseDocuments</c>); tests lower it to run small files that way.
    /// </summary>
    internal int DeferTokensFromLength { get; set; } = LintFile.DeferTokensFromLength;

    /// <summary>Lints files in parallel; results come back in the order of <paramref name="paths"/>.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="configuration">The configuration they are linted under.</param>
    /// <param name="maxDegreeOfParallelism">Files linted at once; zero or less means one per processor.</param>
    public IReadOnlyList<FileLintResult> LintFiles(IReadOnlyList<string> paths, LintConfiguration configuration, int maxDegreeOfParallelism = -1)
    {
        using var run = LintRun.Begin();
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
    public FileLintResult LintText(string path, string text, LintConfiguration configuration)
    {
        var progress = new Progress();
        try
        {
            return LintSource(SourceText.FromText(path, text), configuration, ResolvedRules.Resolve(Catalog, configuration), progress);
        }
        catch (Exception exception)
        {
            return NotChecked(path, progress, exception);
        }
    }

    private FileLintResult LintPath(string path, LintConfiguration configuration, ResolvedRules resolved)
    {
        // Whatever goes wrong stays with this file: a bug in a parser or rule must not cost the other files' findings.
        var progress = new Progress();
        try
        {
            return ReadAndLint(path, configuration, resolved, progress);
        }
        catch (Exception exception)
        {
            return NotChecked(path, progress, exception);
        }
    }

    private FileLintResult ReadAndLint(string path, LintConfiguration configuration, ResolvedRules resolved, Progress progress)
    {
        if (PathPattern.IsIgnored(configuration.Ignore, path))
        {
            return new FileLintResult(path, null, [], "ignored by configuration");
        }

        SourceText source;
        try
        {
            Fault?.At(LintStage.Read, path);
            if (SourceText.Read(path, configuration.MaxFileBytes, out var length) is not { } read)
            {
                return Single(path, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Warning, 1, 1,
                    $"skipped: the file is {length:N0} bytes, over the limit of {configuration.MaxFileBytes:N0}");
            }

            source = read;
        }
        catch (NotARegularFileException notRegular)
        {
            return Single(path, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Warning, 1, 1,
                $"skipped: the path is {notRegular.Kind}, not a regular file, and is not read");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Single(path, EngineRules.LoadFailureCode, EngineRules.LoadFailureName, Severity.Error, 1, 1,
                $"cannot read the file: {ReadFailure.Describe(path, exception)}");
        }

        return LintSource(source, configuration, resolved, progress);
    }

    private FileLintResult LintSource(SourceText source, LintConfiguration configuration, ResolvedRules resolved, Progress progress)
    {
        progress.Source = source;
        if (!source.IsText)
        {
            return Single(source.Path, EngineRules.LoadFailureCode, EngineRules.LoadFailureName, Severity.Error,
                source.NotTextLine, source.NotTextColumn, $"not a text file: {source.NotTextReason}");
        }

        MemoryProbe.At("read");
        var file = new LintFile(source, null, resolved.AnsibleKinds, DeferTokensFromLength);

        // The parse is lazy; it is forced here so that a failure in it is reported as the parse's.
        progress.Stage = LintStage.Parse;
        Fault?.At(LintStage.Parse, source.Path);
        var isHcl = file.Language == SourceLanguage.Hcl;
        var syntax = isHcl ? null : file.SyntaxError;
        var hclErrors = isHcl ? file.Hcl!.Diagnostics : [];

        MemoryProbe.At("parse");
        progress.Stage = LintStage.Suppressions;
        Fault?.At(LintStage.Suppressions, source.Path);
        IReadOnlyList<Hcl.HclRange> misplacedAnnotations = [];
        var suppressions = isHcl ? TflintAnnotations.Read(file, out misplacedAnnotations) : CommentDirectives.Read(file);

        MemoryProbe.At("suppressions");
        progress.Stage = LintStage.Classify;
        Fault?.At(LintStage.Classify, source.Path);
        FileKind? kind = resolved.NeedsKind && !isHcl ? file.Kind : null;
        MemoryProbe.At("classify");

        progress.Stage = LintStage.Rules;
        var found = new FindingSink(source.Path, suppressions, resolved, Catalog, configuration.MaxFindingsPerFile);

        // A yamllint ignore leaves the file to the other tools' rules, not out of the lint.
        var yamllintIgnored = resolved.IsYamllintIgnored(source.Path);
        if (syntax is not null && !suppressions.IsFileDisabled(RuleFamily.Yaml) && !yamllintIgnored)
        {
            var (line, column) = SyntaxErrorPosition.Within(source, syntax.Position);
            found.AddEngine(new LintDiagnostic(source.Path, line, column, EngineRules.SyntaxCode,
                EngineRules.SyntaxName, Severity.Error, $"syntax error: {RuntimeText.Without(syntax.Message, "the YAML parser could not continue here")}"));
        }

        // HCL's errors are reported as HCL finds them, each at its own position; tflint cannot ignore them either.
        foreach (var error in hclErrors)
        {
            found.AddEngine(new LintDiagnostic(source.Path, error.Subject.Start.Line, error.Subject.Start.Column, EngineRules.SyntaxCode,
                EngineRules.SyntaxName, Severity.Error, $"syntax error: {error.Summary}; {error.Detail}"));
        }

        foreach (var annotation in misplacedAnnotations)
        {
            found.AddEngine(new LintDiagnostic(source.Path, annotation.Start.Line, annotation.Start.Column, EngineRules.ConfigCode,
                EngineRules.ConfigName, Severity.Error, "tflint-ignore-file annotation must be written at the top of file"));
        }

        var tooDeep = !isHcl && syntax is null && file.MaxDepth > configuration.MaxStructuralDepth;
        if (tooDeep)
        {
            found.AddEngine(new LintDiagnostic(source.Path, 1, 1, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Info,
                $"structural checks skipped: nesting is deeper than {configuration.MaxStructuralDepth} levels"));
        }

        Fault?.At(LintStage.Rules, source.Path);
        List<FolderRead>? reads = null;
        var rules = resolved.RulesFor(kind);

        // The rules that read the documents run first, then those that read the tokens: a big file's tree is let go
        // in between and its tokens scanned only then, so the two — each a large multiple of the text — are never
        // held at once. The order of the findings does not depend on the order of the rules.
        foreach (var readsTokens in (ReadOnlySpan<bool>)[false, true])
        {
            if (readsTokens && !isHcl && file.ReleaseDocuments())
            {
                // The tree has lived long enough to sit in the oldest generation, which the collector would not visit
                // until the tokens had grown the heap by as much again (measured: a 10 MB file peaked 130 MB higher).
                // One collection per big file is cheap beside its lint, and nothing else is then as large.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                MemoryProbe.At("documents released");
            }

            for (var index = 0; index < rules.Count; index++)
            {
                var rule = rules[index];
                if (rule.Rule.ReadsTokens != readsTokens || !ShouldRun(rule))
                {
                    continue;
                }

                // Recorded before the check: what a rule declares it reads is a dependency even where it reported nothing.
                if (rule.Rule.Reads.ReadsOtherFiles && rule.Rule.ReadsOtherFilesFor(file) && FolderRead.Of(rule.Rule.Reads, source.Path) is { } read
                    && !(reads ??= []).Contains(read))
                {
                    reads.Add(read);
                }

                try
                {
                    rule.Rule.Check(new RuleContext(file, rule.Rule, rule.Options, rule.Severity, found));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // A rule bug must not cost the user the other rules' findings, nor pass a build on an unchecked file:
                    // an error, in the project's words (the exception's text means nothing to a user). The findings the
                    // rule reported before it failed are real and kept.
                    found.AddEngine(new LintDiagnostic(source.Path, 1, 1, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Error,
                        $"not fully checked: rule {rule.Rule.Name} ({rule.Rule.Code}) stopped on an internal error in this file, so its findings here may be incomplete; please report it with this file"));
                }

                if (MemoryProbe.IsOn)
                {
                    MemoryProbe.At("rule " + rule.Rule.Name);
                }
            }
        }

        // A rule reads one language; on HCL that does not parse no rule runs, as in tflint.
        bool ShouldRun(ResolvedRule rule) =>
            rule.Rule.Language == file.Language && !(isHcl && hclErrors.Count > 0)
            && (kind is not { } known || rule.Rule.AppliesTo(known)) && !suppressions.IsFileDisabled(rule.Rule.Family)
            && !(yamllintIgnored && rule.Rule.Family == RuleFamily.Yaml)
            && !(rule.Rule.NeedsDocuments && (syntax is not null || tooDeep))
            && !(rule.Ignore.Count > 0 && PathPattern.IsIgnored(rule.Ignore, source.Path));

        foreach (var read in found.RuntimeReads)
        {
            if (!(reads ??= []).Contains(read))
            {
                reads.Add(read);
            }
        }

        progress.Stage = LintStage.Report;
        Fault?.At(LintStage.Report, source.Path);
        var result = new FileLintResult(source.Path, kind, found.Complete()) { Reads = reads ?? (IReadOnlyList<FolderRead>)[] };
        MemoryProbe.At("report");
        return result;
    }

    /// <summary>The one diagnostic of a file whose lint failed: what could not be done, and where, as an error.</summary>
    private static FileLintResult NotChecked(string path, Progress progress, Exception exception)
    {
        var (line, column) = NotCheckedPosition(progress.Source, exception);
        return Single(path, EngineRules.SkippedCode, EngineRules.SkippedName, Severity.Error, line, column,
            $"not checked: IacTest stopped on an internal error while {Describe(progress.Stage, path)}, so no finding of this file is reported; please report it with this file");
    }

    private static (int Line, int Column) NotCheckedPosition(SourceText? source, Exception exception)
    {
        // A parser failure that knows where it was points there, within the file; anything else points at its start.
        if (source is null || exception is not YamlDotNet.Core.YamlException { Start: var mark } || mark.Line < 1)
        {
            return (1, 1);
        }

        var line = (int)Math.Min(mark.Line, source.Lines.Count);
        var text = source.Lines[line - 1];
        var column = (int)Math.Clamp(mark.Column, 1, text.End - text.Start + 1);
        return (line, column);
    }

    private static string Describe(LintStage stage, string path) => stage switch
    {
        LintStage.Read => "reading it",
        LintStage.Parse => SourceLanguages.Of(path) == SourceLanguage.Hcl ? "parsing its HCL" : "parsing its YAML",
        LintStage.Suppressions => "reading its suppression comments",
        LintStage.Classify => "recognising what kind of file it is",
        LintStage.Rules => "running the rules",
        _ => "ordering its findings",
    };

    private static FileLintResult Single(string path, string code, string name, Severity severity, int line, int column, string message) =>
        new(path, null, [new LintDiagnostic(path, Math.Max(1, line), Math.Max(1, column), code, name, severity, message)]);

    /// <summary>How far the lint of one file got, for the diagnostic when it fails.</summary>
    private sealed class Progress
    {
        public LintStage Stage { get; set; } = LintStage.Read;

        public SourceText? Source { get; set; }
    }
}
