using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>hyphens</c>: spaces after the <c>-</c> of a block sequence item.</summary>
internal sealed class HyphensRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0113";

    /// <inheritdoc />
    public override string Name => "hyphens";

    /// <inheritdoc />
    public override string Title => "Spaces after hyphens";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("max-spaces-after", RuleOptionType.Integer, 1, "Maximal number of spaces after a hyphen (-1: no limit)."),
    ];

    /// <inheritdoc />
    public override string Description => "A sequence item starts with `- ` and one space, so items line up with their siblings.";

    /// <inheritdoc />
    public override string BadExample => "packages:\n  -   nginx\n";

    /// <inheritdoc />
    public override string GoodExample => "packages:\n  - nginx\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var max = context.Options.Int("max-spaces-after");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            if (tokens[i].Kind == ScannedTokenKind.BlockEntry)
            {
                TokenSpacing.After(stream, tokens[i], stream.At(i + 1), -1, max, null, "too many spaces after hyphen", context);
            }
        }
    }
}
