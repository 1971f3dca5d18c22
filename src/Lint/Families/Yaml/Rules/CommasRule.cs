using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>commas</c>: spaces before and after the commas of flow collections.</summary>
internal sealed class CommasRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0105";

    /// <inheritdoc />
    public override string Name => "commas";

    /// <inheritdoc />
    public override string Title => "Spaces around commas";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("max-spaces-before", RuleOptionType.Integer, 0, "Maximal number of spaces before a comma (-1: no limit)."),
        new("min-spaces-after", RuleOptionType.Integer, 1, "Minimal number of spaces after a comma (-1: no limit)."),
        new("max-spaces-after", RuleOptionType.Integer, 1, "Maximal number of spaces after a comma (-1: no limit)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "In `[a, b]` and `{a: 1, b: 2}` a comma follows its item directly and one space follows the comma.";

    /// <inheritdoc />
    public override string BadExample => "ports: [80 ,443,  8080]\n";

    /// <inheritdoc />
    public override string GoodExample => "ports: [80, 443, 8080]\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var maxBefore = context.Options.Int("max-spaces-before");
        var minAfter = context.Options.Int("min-spaces-after");
        var maxAfter = context.Options.Int("max-spaces-after");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != ScannedTokenKind.FlowEntry)
            {
                continue;
            }

            var prev = stream.At(i - 1);
            if (prev is { } before && maxBefore != -1 && before.End.Line < token.Start.Line)
            {
                context.Report(token.Start.Line + 1, Math.Max(1, token.Start.Column), "too many spaces before comma");
            }
            else
            {
                TokenSpacing.Before(stream, token, prev, -1, maxBefore, null, "too many spaces before comma", context);
            }

            TokenSpacing.After(stream, token, stream.At(i + 1), minAfter, maxAfter, "too few spaces after comma", "too many spaces after comma", context);
        }
    }
}
