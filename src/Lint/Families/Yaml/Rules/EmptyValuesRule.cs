using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>empty-values</c>: a mapping key has a value.</summary>
internal sealed class EmptyValuesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0111";

    /// <inheritdoc />
    public override string Name => "empty-values";

    /// <inheritdoc />
    public override string Title => "Empty values in mappings";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("forbid-in-block-mappings", RuleOptionType.Boolean, true, "Report `key:` with nothing after it in block mappings."),
        new("forbid-in-flow-mappings", RuleOptionType.Boolean, true, "Report `{key:}` and `{key: , other: 1}` in flow mappings."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "`key:` with no value loads as null, which is rarely what was meant; write `null` (or `~`) when it is. In flow mappings `{key:}`, `{key: , other: 1}` and `{key:,other: 1}` are reported at the column after the colon, as yamllint 1.29 reports them.";

    /// <inheritdoc />
    public override string BadExample => "image:\nreplicas: 2\n";

    /// <inheritdoc />
    public override string GoodExample => "image: null\nreplicas: 2\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var block = context.Options.Bool("forbid-in-block-mappings");
        var flow = context.Options.Bool("forbid-in-flow-mappings");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (flow && IsKeyEndingInValueIndicator(stream, i))
            {
                // PyYAML's value token is the scalar's last character; yamllint reports the column after it.
                context.Report(token.End.Line + 1, token.End.Column + 1, "empty value in flow mapping");
                continue;
            }

            if (token.Kind != ScannedTokenKind.Value)
            {
                continue;
            }

            var next = stream.At(i + 1);
            if (block && next is { Kind: ScannedTokenKind.Key or ScannedTokenKind.BlockEnd })
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, "empty value in block mapping");
            }

            if (flow && next is { Kind: ScannedTokenKind.FlowEntry or ScannedTokenKind.FlowMappingEnd })
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, "empty value in flow mapping");
            }
        }
    }

    /// <summary>
    /// <c>{x:}</c>: PyYAML ends a plain scalar at a <c>:</c> followed by a flow indicator and scans the <c>:</c> as a
    /// value token, so yamllint sees a key with an empty value; YamlDotNet keeps the <c>:</c> in the scalar
    /// (<c>x:</c>) when a <c>}</c> follows. A plain key scalar that ends in <c>:</c> right before the mapping's
    /// <c>}</c> is that case. In value position (<c>{a: b:}</c>) PyYAML's parser rejects the file, so only keys count.
    /// </summary>
    private static bool IsKeyEndingInValueIndicator(YamlLintStream stream, int index)
    {
        var token = stream.Tokens[index];
        if (!token.IsPlain || stream.At(index + 1)?.Kind != ScannedTokenKind.FlowMappingEnd
            || stream.CharAt(token.End.Index - 1) != ':' || stream.CharAt(token.End.Index) != '}')
        {
            return false;
        }

        var previous = index - 1;
        while (stream.At(previous)?.Kind is ScannedTokenKind.Anchor or ScannedTokenKind.Tag)
        {
            previous--;
        }

        return stream.At(previous)?.Kind is ScannedTokenKind.FlowMappingStart or ScannedTokenKind.FlowEntry or ScannedTokenKind.Key;
    }
}
