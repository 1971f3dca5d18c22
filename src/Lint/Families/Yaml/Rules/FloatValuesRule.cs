using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>float-values</c>: limits the float forms that surprise readers.</summary>
internal sealed partial class FloatValuesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0112";

    /// <inheritdoc />
    public override string Name => "float-values";

    /// <inheritdoc />
    public override string Title => "Float value forms";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("require-numeral-before-decimal", RuleOptionType.Boolean, false, "Report `.5` (write `0.5`)."),
        new("forbid-scientific-notation", RuleOptionType.Boolean, false, "Report `1e3`."),
        new("forbid-nan", RuleOptionType.Boolean, false, "Report `.nan`."),
        new("forbid-inf", RuleOptionType.Boolean, false, "Report `.inf`."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "`.5`, `1e3`, `.nan` and `.inf` are floats to a YAML 1.1 loader but look like strings or typos to people and other parsers.";

    /// <inheritdoc />
    public override string BadExample => "ratio: .5\n";

    /// <inheritdoc />
    public override string GoodExample => "ratio: 0.5\n";

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object?> ExampleOptions { get; } = new Dictionary<string, object?> { ["require-numeral-before-decimal"] = true };

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var numeral = context.Options.Bool("require-numeral-before-decimal");
        var scientific = context.Options.Bool("forbid-scientific-notation");
        var nan = context.Options.Bool("forbid-nan");
        var inf = context.Options.Bool("forbid-inf");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != ScannedTokenKind.Scalar || token.Style != '\0' || stream.At(i - 1)?.Kind == ScannedTokenKind.Tag)
            {
                continue;
            }

            var value = token.Value;
            var line = token.Start.Line + 1;
            var column = token.Start.Column + 1;
            if (nan && NanPattern().IsMatch(value))
            {
                context.Report(line, column, $"forbidden not a number value \"{value}\"");
            }

            if (inf && InfPattern().IsMatch(value))
            {
                context.Report(line, column, $"forbidden infinite value \"{value}\"");
            }

            if (scientific && ScientificPattern().IsMatch(value))
            {
                context.Report(line, column, $"forbidden scientific notation \"{value}\"");
            }

            if (numeral && NoNumeralPattern().IsMatch(value))
            {
                context.Report(line, column, $"forbidden decimal missing 0 prefix \"{value}\"");
            }
        }
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NoNumeralPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)$")]
    private static partial Regex ScientificPattern();

    [GeneratedRegex(@"^[-+]?(\.inf|\.Inf|\.INF)$")]
    private static partial Regex InfPattern();

    [GeneratedRegex(@"^(\.nan|\.NaN|\.NAN)$")]
    private static partial Regex NanPattern();
}
