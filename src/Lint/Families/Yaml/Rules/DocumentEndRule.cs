using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>document-end</c>: every document ends with <c>...</c> (or none does).</summary>
internal sealed class DocumentEndRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0108";

    /// <inheritdoc />
    public override string Name => "document-end";

    /// <inheritdoc />
    public override string Title => "Document end marker";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("present", RuleOptionType.Boolean, true, "`true` requires `...` after each document, `false` forbids it."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Streams read by tools that wait for `...` (log shippers, some parsers) need it after every document; other teams forbid it.";

    /// <inheritdoc />
    public override string BadExample => "---\nname: web\n";

    /// <inheritdoc />
    public override string GoodExample => "---\nname: web\n...\n";

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
                var prevEndsDocument = prev is { Kind: ScannedTokenKind.DocumentEnd or ScannedTokenKind.StreamStart };
                if (token.Kind == ScannedTokenKind.StreamEnd && !prevEndsDocument)
                {
                    // yamllint reports the line before the end of the stream, which is line 0 for a one-line file
                    // without a final newline: no editor or build shows a line 0, so that is line 1 here.
                    context.Report(Math.Max(1, token.Start.Line), 1, "missing document end \"...\"");
                }
                else if (token.Kind == ScannedTokenKind.DocumentStart && !prevEndsDocument)
                {
                    context.Report(token.Start.Line + 1, 1, "missing document end \"...\"");
                }
            }
            else if (token.Kind == ScannedTokenKind.DocumentEnd)
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, "found forbidden document end \"...\"");
            }
        }
    }
}
