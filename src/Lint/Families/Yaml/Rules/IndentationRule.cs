using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>indentation</c>: consistent indentation of mappings, sequences and (optionally) multi-line strings.</summary>
internal sealed class IndentationRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0114";

    /// <inheritdoc />
    public override string Name => "indentation";

    /// <inheritdoc />
    public override string Title => "Indentation";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("spaces", RuleOptionType.IntegerOrString, "consistent", "Spaces per level, or `consistent`: whatever the first indentation uses.") { AllowedValues = ["consistent"] },
        new("indent-sequences", RuleOptionType.BooleanOrString, true, "Whether sequences in mappings are indented: `true`, `false`, `whatever` or `consistent`.") { AllowedValues = ["whatever", "consistent"] },
        new("check-multi-line-strings", RuleOptionType.Boolean, false, "Also check the continuation lines of multi-line strings."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Every level indented by the same number of spaces, and sequences inside mappings indented (or not) the same way everywhere, so structure is visible at a glance.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  web:\n     image: nginx\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  web:\n    image: nginx\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.IndentationFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var checker = new IndentationChecker(context, stream);
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            try
            {
                checker.Check(token, stream.At(i - 1), stream.At(i + 1), stream.At(i + 2));
            }
            catch (IndentationChecker.UnexpectedTokenException)
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, "cannot infer indentation: unexpected token");
            }
        }
    }
}
