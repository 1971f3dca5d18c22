using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules.Yaml.Support;

namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>truthy</c>: only the allowed spellings of booleans.</summary>
public sealed class TruthyRule : YamllintRule
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

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var allowed = context.Options.List("allowed-values");
        var forbidden = new HashSet<string>(TruthyValues, StringComparer.Ordinal);
        forbidden.ExceptWith(allowed);
        if (forbidden.Count == 0)
        {
            return;
        }

        var message = "truthy value should be one of [" + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + "]";
        var checkKeys = context.Options.Bool("check-keys");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != YamlTokenKind.Scalar || token.Style != '\0')
            {
                continue;
            }

            var prev = stream.At(i - 1);
            if (prev?.Kind == YamlTokenKind.Tag || (!checkKeys && prev?.Kind == YamlTokenKind.Key))
            {
                continue;
            }

            if (forbidden.Contains(token.Value))
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, message);
            }
        }
    }
}
