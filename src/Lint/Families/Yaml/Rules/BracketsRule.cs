using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>brackets</c>: spaces inside flow sequences <c>[ ]</c>, or flow sequences forbidden.</summary>
internal sealed class BracketsRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0103";

    /// <inheritdoc />
    public override string Name => "brackets";

    /// <inheritdoc />
    public override string Title => "Spaces inside brackets of flow sequences";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("forbid", RuleOptionType.BooleanOrString, false, "`true` forbids flow sequences, `non-empty` forbids all but `[]`.") { AllowedValues = ["non-empty"] },
        new("min-spaces-inside", RuleOptionType.Integer, 0, "Minimal number of spaces after `[` and before `]`."),
        new("max-spaces-inside", RuleOptionType.Integer, 0, "Maximal number of spaces after `[` and before `]`."),
        new("min-spaces-inside-empty", RuleOptionType.Integer, -1, "Minimal number of spaces inside `[]` (-1: as min-spaces-inside)."),
        new("max-spaces-inside-empty", RuleOptionType.Integer, -1, "Maximal number of spaces inside `[]` (-1: as max-spaces-inside)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Controls the spaces just inside `[` and `]` of flow sequences; `forbid` bans flow sequences in favour of block style.";

    /// <inheritdoc />
    public override string BadExample => "ports: [ 80, 443 ]\n";

    /// <inheritdoc />
    public override string GoodExample => "ports: [80, 443]\n";

    internal override void Check(RuleContext context, YamlLintStream stream) =>
        FlowSpacing.Check(context, stream, ScannedTokenKind.FlowSequenceStart, ScannedTokenKind.FlowSequenceEnd, "flow sequence", "brackets");
}
