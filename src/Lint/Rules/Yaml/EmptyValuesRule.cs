using IacTest.Lint.Rules.Yaml.Support;

namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>empty-values</c>: a mapping key has a value.</summary>
public sealed class EmptyValuesRule : YamllintRule
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
        new("forbid-in-flow-mappings", RuleOptionType.Boolean, true, "Report `{key:}` in flow mappings."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "`key:` with no value loads as null, which is rarely what was meant; write `null` (or `~`) when it is.";

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
            if (token.Kind != YamlTokenKind.Value)
            {
                continue;
            }

            var next = stream.At(i + 1);
            if (block && next is not null && next.Kind is YamlTokenKind.Key or YamlTokenKind.BlockEnd)
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, "empty value in block mapping");
            }

            if (flow && next is not null && next.Kind is YamlTokenKind.FlowEntry or YamlTokenKind.FlowMappingEnd)
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, "empty value in flow mapping");
            }
        }
    }
}
