using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>colons</c>: spaces before and after the <c>:</c> of a mapping.</summary>
internal sealed class ColonsRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0104";

    /// <inheritdoc />
    public override string Name => "colons";

    /// <inheritdoc />
    public override string Title => "Spaces around colons";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("max-spaces-before", RuleOptionType.Integer, 0, "Maximal number of spaces before a colon (-1: no limit)."),
        new("max-spaces-after", RuleOptionType.Integer, 1, "Maximal number of spaces after a colon (-1: no limit)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Keeps `key: value` tight: no space before the colon and one after it, also after the `?` of an explicit key.";

    /// <inheritdoc />
    public override string BadExample => "name :  web\n";

    /// <inheritdoc />
    public override string GoodExample => "name: web\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var maxBefore = context.Options.Int("max-spaces-before");
        var maxAfter = context.Options.Int("max-spaces-after");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind == ScannedTokenKind.Value)
            {
                var prev = stream.At(i - 1);
                var next = stream.At(i + 1);
                TokenSpacing.Before(stream, token, prev, -1, maxBefore, null, "too many spaces before colon", context);
                TokenSpacing.After(stream, token, next, -1, maxAfter, null, "too many spaces after colon", context);
            }
            else if (token.Kind == ScannedTokenKind.Key && stream.IsExplicitKey(token))
            {
                TokenSpacing.After(stream, token, stream.At(i + 1), -1, maxAfter, null, "too many spaces after question mark", context);
            }
        }
    }
}
