using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>truthy</c>: only the allowed spellings of booleans.</summary>
internal sealed class TruthyRule : YamllintRule
{
    /// <summary>Every plain scalar a YAML 1.1 loader reads as a boolean.</summary>
    internal static readonly string[] TruthyValues =
    [
        "YES", "Yes", "yes", "NO", "No", "no",
        "TRUE", "True", "true", "FALSE", "False", "false",
        "ON", "On", "on", "OFF", "Off", "off",
    ];

    /// <inheritdoc />
    public override string Code => "IAC0123";

    /// <inheritdoc />
    public override string Name => "truthy";

    /// <inheritdoc />
    public override string Title => "Boolean spellings";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("allowed-values", RuleOptionType.StringList, new[] { "true", "false" }, "The boolean spellings accepted (any of YES/Yes/yes/NO/…/off).") { AllowedValues = TruthyValues },
        new("check-keys", RuleOptionType.Boolean, true, "Also check mapping keys (`on:` in GitHub workflows is a key)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "`yes`, `on` and `True` are booleans to a YAML 1.1 loader and strings to YAML 1.2 ones; keeping to `true`/`false` (or quoting) means every tool reads the same value.";

    /// <inheritdoc />
    public override string BadExample => "enabled: yes\ndebug: Off\n";

    /// <inheritdoc />
    public override string GoodExample => "enabled: true\ndebug: false\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.TruthyFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        // Most plain scalars are not one of the 18 spellings: the cheap test comes first, and the allowed values and
        // the message are only looked up once a file holds a candidate (measured: building them for every file was
        // most of this rule's time on a collection-shaped corpus).
        IReadOnlyList<string>? allowed = null;
        string? message = null;
        var checkKeys = context.Options.Bool("check-keys");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != ScannedTokenKind.Scalar || token.Style != '\0' || !IsTruthySpelling(token.Value))
            {
                continue;
            }

            var prev = stream.At(i - 1);
            if (prev?.Kind == ScannedTokenKind.Tag || (!checkKeys && prev?.Kind == ScannedTokenKind.Key))
            {
                continue;
            }

            allowed ??= context.Options.List("allowed-values");
            if (allowed.Contains(token.Value, StringComparer.Ordinal))
            {
                continue;
            }

            message ??= "truthy value should be one of [" + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + "]";
            context.Report(token.Start.Line + 1, token.Start.Column + 1, message);
        }
    }

    /// <summary>Whether <paramref name="value"/> is one of <see cref="TruthyValues"/>.</summary>
    private static bool IsTruthySpelling(string value) =>
        value.Length is >= 2 and <= 5 && value[0] is 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O'
        && Array.IndexOf(TruthyValues, value) >= 0;
}
