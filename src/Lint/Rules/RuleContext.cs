using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules;

/// <summary>What a rule sees of one file, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly IFindingSink _sink;

    internal RuleContext(LintFile file, LintRule rule, RuleOptionValues options, Severity severity, IFindingSink sink)
    {
        File = file;
        Rule = rule;
        Options = options;
        Severity = severity;
        _sink = sink;
    }

    /// <summary>
    /// A context for another rule over the same file and findings: how a configured check (a kube-linter custom
    /// check) runs the logic of a built-in rule under its own name and options.
    /// </summary>
    internal RuleContext For(LintRule rule, RuleOptionValues options) => new(File, rule, options, Severity, _sink);

    /// <summary>Where the rule's findings go: the engine's rules over a rendered overlay reach the file's rules through it.</summary>
    internal IFindingSink Sink => _sink;

    /// <summary>A context for <paramref name="rule"/> over another file (a rendered overlay), reporting into <paramref name="sink"/>.</summary>
    internal static RuleContext Over(LintFile file, LintRule rule, RuleOptionValues options, Severity severity, IFindingSink sink) => new(file, rule, options, severity, sink);

    /// <summary>Reports a finding as it is, in whichever file it names (a rendered object's finding at its source).</summary>
    internal void Report(LintDiagnostic diagnostic) => _sink.Add(diagnostic);

    /// <summary>
    /// Records files of a folder this run read, beyond what the rule declares in <see cref="LintRule.Reads"/>: the
    /// build cache lints the file again when one of them changes.
    /// </summary>
    internal void AddRead(FolderRead read)
    {
        _sink.AddRead(read);
    }

    /// <summary>The file under check.</summary>
    public LintFile File { get; }

    /// <summary>The rule being run.</summary>
    public LintRule Rule { get; }

    /// <summary>The rule's effective options.</summary>
    public RuleOptionValues Options { get; }

    /// <summary>The effective severity for findings reported without one.</summary>
    public Severity Severity { get; }

    /// <summary>Reports a finding at a 1-based line and column.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="subId">A sub-id, reported as <c>name[subId]</c>.</param>
    /// <param name="severity">A severity other than the rule's effective one (e.g. yamllint's per-finding levels).</param>
    public void Report(int line, int column, string message, string? subId = null, Severity? severity = null)
    {
        var rule = subId is null ? Rule.Name : $"{Rule.Name}[{subId}]";
        _sink.Add(new LintDiagnostic(File.Path, line, column, Rule.Code, rule, severity ?? Severity, message));
    }

    /// <summary>Reports a finding at a position.</summary>
    public void Report(Position position, string message, string? subId = null) => Report(position.Line, position.Column, message, subId);

    /// <summary>Reports a finding at the start of a node.</summary>
    public void Report(YNode node, string message, string? subId = null) => Report(node.Start, message, subId);
}
