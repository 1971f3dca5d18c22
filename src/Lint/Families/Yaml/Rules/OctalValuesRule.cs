using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>octal-values</c>: no implicit (<c>010</c>) or explicit (<c>0o10</c>) octal numbers.</summary>
internal sealed class OctalValuesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0120";

    /// <inheritdoc />
    public override string Name => "octal-values";

    /// <inheritdoc />
    public override string Title => "Octal values";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("forbid-implicit-octal", RuleOptionType.Boolean, true, "Report plain numbers with a leading 0 such as `0644`."),
        new("forbid-explicit-octal", RuleOptionType.Boolean, true, "Report `0o644`."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "`mode: 0644` is the number 420 to a YAML 1.1 loader but the string \"0644\" or 644 to others; quote file modes so every tool reads the same value.";

    /// <inheritdoc />
    public override string BadExample => "mode: 0644\n";

    /// <inheritdoc />
    public override string GoodExample => "mode: \"0644\"\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var implicitOctal = context.Options.Bool("forbid-implicit-octal");
        var explicitOctal = context.Options.Bool("forbid-explicit-octal");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != ScannedTokenKind.Scalar || token.Style != '\0' || stream.At(i - 1)?.Kind == ScannedTokenKind.Tag)
            {
                continue;
            }

            var value = token.Value;
            if (implicitOctal && value.Length > 1 && value[0] == '0' && AllDigits(value) && AllOctal(value.AsSpan(1)))
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, $"forbidden implicit octal value \"{value}\"");
            }

            if (explicitOctal && value.Length > 2 && value[0] == '0' && value[1] == 'o' && AllOctal(value.AsSpan(2)))
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, $"forbidden explicit octal value \"{value}\"");
            }
        }
    }

    // Python's str.isdigit accepts any Unicode digit; the octal test that follows narrows it to 0-7 anyway.
    private static bool AllDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOctal(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '7')
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
