using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>braces</c>: spaces inside flow mappings <c>{ }</c>, or flow mappings forbidden.</summary>
internal sealed class BracesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0102";

    /// <inheritdoc />
    public override string Name => "braces";

    /// <inheritdoc />
    public override string Title => "Spaces inside braces of flow mappings";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("forbid", RuleOptionType.BooleanOrString, false, "`true` forbids flow mappings, `non-empty` forbids all but `{}`.") { AllowedValues = ["non-empty"] },
        new("min-spaces-inside", RuleOptionType.Integer, 0, "Minimal number of spaces after `{` and before `}`."),
        new("max-spaces-inside", RuleOptionType.Integer, 0, "Maximal number of spaces after `{` and before `}`."),
        new("min-spaces-inside-empty", RuleOptionType.Integer, -1, "Minimal number of spaces inside `{}` (-1: as min-spaces-inside)."),
        new("max-spaces-inside-empty", RuleOptionType.Integer, -1, "Maximal number of spaces inside `{}` (-1: as max-spaces-inside)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Controls the spaces just inside `{` and `}` of flow mappings so inline maps read the same across files; `forbid` bans flow mappings in favour of block style.";

    /// <inheritdoc />
    public override string BadExample => "env: {  DEBUG: 1 }\n";

    /// <inheritdoc />
    public override string GoodExample => "env: {DEBUG: 1}\n";

    internal override void Check(RuleContext context, YamlLintStream stream) =>
        FlowSpacing.Check(context, stream, ScannedTokenKind.FlowMappingStart, ScannedTokenKind.FlowMappingEnd, "flow mapping", "braces");
}
