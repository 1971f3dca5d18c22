using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>document-start</c>: every document starts with <c>---</c> (or none does).</summary>
internal sealed class DocumentStartRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0109";

    /// <inheritdoc />
    public override string Name => "document-start";

    /// <inheritdoc />
    public override string Title => "Document start marker";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("present", RuleOptionType.Boolean, true, "`true` requires `---` before each document, `false` forbids it."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "An explicit `---` makes a file safe to concatenate into a multi-document stream and marks where each document begins.";

    /// <inheritdoc />
    public override string BadExample => "name: web\n";

    /// <inheritdoc />
    public override string GoodExample => "---\nname: web\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.DocumentStartFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var present = context.Options.Bool("present");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (present)
            {
                var prev = stream.At(i - 1);
                if (prev is { Kind: ScannedTokenKind.StreamStart or ScannedTokenKind.DocumentEnd or ScannedTokenKind.Directive }
                    && token.Kind is not (ScannedTokenKind.DocumentStart or ScannedTokenKind.Directive or ScannedTokenKind.StreamEnd))
                {
                    context.Report(token.Start.Line + 1, 1, "missing document start \"---\"");
                }
            }
            else if (token.Kind == ScannedTokenKind.DocumentStart)
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, "found forbidden document start \"---\"");
            }
        }
    }
}
