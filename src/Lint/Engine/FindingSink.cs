using System.Globalization;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Suppressions;

namespace IacTest.Lint.Engine;

/// <summary>
/// Collects one file's findings as the rules report them: suppressed ones and disabled sub-rules are dropped on
/// arrival, and past the per-file limit only the first findings by position are kept, so a file with millions of
/// problems costs memory for the limit, not for the problems. The engine's own diagnostics are always kept.
/// </summary>
internal sealed class FindingSink : IFindingSink
{
    private static readonly Comparison<LintDiagnostic> ByPosition = static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line)
        : a.Column != b.Column ? a.Column.CompareTo(b.Column)
        : string.CompareOrdinal(a.Code, b.Code);

    private readonly string _path;
    private readonly SuppressionMap _suppressions;
    private readonly ResolvedRules _resolved;
    private readonly RuleCatalog _catalog;
    private readonly int _limit;
    private readonly List<LintDiagnostic> _engine = [];
    private readonly List<LintDiagnostic> _findings = [];
    private long _dropped;
    private LintDiagnostic? _firstDropped;
    private LintDiagnostic? _lastKept;
    private Severity _droppedSeverity;

    /// <param name="path">The file.</param>
    /// <param name="suppressions">The file's suppression comments.</param>
    /// <param name="resolved">The rules in force (for sub-rule settings).</param>
    /// <param name="catalog">Maps a code to its rule family.</param>
    /// <param name="limit">Findings kept per file; zero or less keeps all.</param>
    public FindingSink(string path, SuppressionMap suppressions, ResolvedRules resolved, RuleCatalog catalog, int limit)
    {
        _path = path;
        _suppressions = suppressions;
        _resolved = resolved;
        _catalog = catalog;
        _limit = limit;
    }

    /// <summary>The rules in force for the file.</summary>
    public ResolvedRules Resolved => _resolved;

    /// <summary>The catalog the file is linted with.</summary>
    public RuleCatalog Catalog => _catalog;

    /// <summary>Folders a rule found it read while it ran (a Kustomize overlay's bases and patches), beside those rules declare.</summary>
    public List<FolderRead> RuntimeReads { get; } = [];

    /// <summary>
    /// Runs one of this file's rules over another file (a rendered overlay, or a source of one, linted alone), with
    /// the same rules and catalog but no suppressions and no cap, its findings reported under <paramref name="path"/>.
    /// </summary>
    public List<LintDiagnostic> CheckAlone(ResolvedRule rule, LintFile file, string path)
    {
        var sink = new FindingSink(path, new SuppressionMap(), _resolved, _catalog, 0);
        rule.Rule.Check(RuleContext.Over(file, rule.Rule, rule.Options, rule.Severity, sink));
        return sink.Complete();
    }

    /// <inheritdoc />
    public void AddRead(FolderRead read)
    {
        if (!RuntimeReads.Contains(read))
        {
            RuntimeReads.Add(read);
        }
    }

    /// <summary>Adds a diagnostic of the engine itself: never suppressed, never dropped.</summary>
    public void AddEngine(LintDiagnostic diagnostic) => _engine.Add(diagnostic);

    /// <summary>Adds a rule's finding, unless it is suppressed or its sub-rule is off.</summary>
    public void Add(LintDiagnostic diagnostic)
    {
        var family = _catalog.Find(diagnostic.Code)?.Family ?? RuleFamily.Engine;
        // A finding placed in another file (a rendered overlay's, at its source) is not under this file's comments.
        if ((string.Equals(diagnostic.File, _path, StringComparison.Ordinal) && _suppressions.IsSuppressed(diagnostic, family))
            || _resolved.ApplySubRuleSettings(diagnostic) is not { } adjusted)
        {
            return;
        }

        // Past the limit, a finding after the last one kept can never be reported: counted, not kept.
        if (_lastKept is not null && ByPosition(adjusted, _lastKept) > 0)
        {
            Drop(adjusted);
            return;
        }

        _findings.Add(adjusted);
        // Trimmed in batches (twice the limit, then back to it): sorting on every finding would cost a sort per finding.
        if (_limit > 0 && _findings.Count >= 2 * _limit)
        {
            Trim();
        }
    }

    /// <summary>The findings in position order, with one summary when some were dropped.</summary>
    public List<LintDiagnostic> Complete()
    {
        if (_limit > 0 && _findings.Count > _limit)
        {
            Trim();
        }

        var all = new List<LintDiagnostic>(_engine.Count + _findings.Count + 1);
        all.AddRange(_engine);
        all.AddRange(_findings);
        all.Sort(ByPosition);
        DropFindingShadowedBySyntaxError(all);
        if (_dropped > 0)
        {
            all.Add(new LintDiagnostic(_path, _firstDropped!.Line, _firstDropped.Column, EngineRules.SkippedCode, EngineRules.SkippedName, _droppedSeverity,
                string.Format(CultureInfo.InvariantCulture,
                    "{0:N0} more findings in this file are not reported, from here on: the limit is {1:N0} findings per file",
                    _dropped, _limit)));
            all.Sort(ByPosition);
        }

        return all;
    }

    private void Trim()
    {
        _findings.Sort(ByPosition);
        for (var i = _limit; i < _findings.Count; i++)
        {
            Drop(_findings[i]);
        }

        _findings.RemoveRange(_limit, _findings.Count - _limit);
        _lastKept = _findings[^1];
    }

    private void Drop(LintDiagnostic dropped)
    {
        if (_firstDropped is null || ByPosition(dropped, _firstDropped) < 0)
        {
            _firstDropped = dropped;
        }

        // The summary is as severe as the worst finding it stands for, so dropping findings never passes a build.
        _droppedSeverity = _dropped == 0 || dropped.Severity > _droppedSeverity ? dropped.Severity : _droppedSeverity;
        _dropped++;
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
            && _catalog.Find(d.Code)?.Family == RuleFamily.Yaml);
        if (shadowed >= 0)
        {
            kept.RemoveAt(shadowed);
        }
    }
}
