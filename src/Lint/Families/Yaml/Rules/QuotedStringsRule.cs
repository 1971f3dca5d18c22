using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>quoted-strings</c>: how string values are quoted.</summary>
internal sealed class QuotedStringsRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0121";

    /// <inheritdoc />
    public override string Name => "quoted-strings";

    /// <inheritdoc />
    public override string Title => "Quoting of string values";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("quote-type", RuleOptionType.String, "any", "`any`, `single` or `double`.") { AllowedValues = ["any", "single", "double"] },
        new("required", RuleOptionType.BooleanOrString, true, "`true`: always quote; `false`: never required; `only-when-needed`: quote only where a plain scalar would change meaning.") { AllowedValues = ["only-when-needed"] },
        new("extra-required", RuleOptionType.StringList, Array.Empty<string>(), "Regular expressions of values that must be quoted anyway."),
        new("extra-allowed", RuleOptionType.StringList, Array.Empty<string>(), "Regular expressions of values that may be quoted when not needed."),
        new("allow-quoted-quotes", RuleOptionType.Boolean, false, "Accept the other quote type when the value contains the configured one."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Quoting string values keeps `yes`, `1.0` or `012` from turning into booleans and numbers; the rule checks values (not keys) and leaves non-string scalars alone.";

    /// <inheritdoc />
    public override string BadExample => "image: nginx\n";

    /// <inheritdoc />
    public override string GoodExample => "image: \"nginx\"\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.QuotedStringsFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var quoteType = context.Options.String("quote-type") ?? "any";
        var requiredRaw = context.Options["required"];
        var required = requiredRaw switch
        {
            true => Required.Always,
            false => Required.Never,
            "only-when-needed" => Required.OnlyWhenNeeded,
            string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) => Required.Never,
            _ => Required.Always,
        };
        var extraRequired = context.Options.List("extra-required").Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();
        var extraAllowed = context.Options.List("extra-allowed").Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();
        var allowQuotedQuotes = context.Options.Bool("allow-quoted-quotes");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != ScannedTokenKind.Scalar
                || stream.At(i - 1) is not { Kind: ScannedTokenKind.BlockEntry or ScannedTokenKind.FlowEntry or ScannedTokenKind.FlowSequenceStart or ScannedTokenKind.Tag or ScannedTokenKind.Value } prev)
            {
                continue;
            }

            if (prev.Kind == ScannedTokenKind.Tag && prev.Value == "!!")
            {
                continue;
            }

            var isString = !ImplicitTypes.IsNonString(token.Value);
            if (token.IsPlain && !isString)
            {
                continue;
            }

            if (token.Style is '|' or '>')
            {
                continue;
            }

            var quoted = token.Style != '\0';
            var matches = quoteType == "any" || (quoteType == "single" && token.Style == '\'') || (quoteType == "double" && token.Style == '"');
            var quotedQuotes = allowQuotedQuotes && quoted
                && ((token.Style == '\'' && token.Value.Contains('"')) || (token.Style == '"' && token.Value.Contains('\'')));
            string? message = null;
            switch (required)
            {
                case Required.Always:
                    if (!quoted || !(matches || quotedQuotes))
                    {
                        message = $"string value is not quoted with {quoteType} quotes";
                    }

                    break;
                case Required.Never:
                    if (quoted && !matches && !quotedQuotes)
                    {
                        message = $"string value is not quoted with {quoteType} quotes";
                    }
                    else if (!quoted && AnyMatch(extraRequired, token.Value))
                    {
                        message = "string value is not quoted";
                    }

                    break;
                default:
                    if (quoted && isString && token.Value.Length > 0 && !QuotesAreNeeded(token.Value))
                    {
                        if (!AnyMatch(extraRequired, token.Value) && !AnyMatch(extraAllowed, token.Value))
                        {
                            message = $"string value is redundantly quoted with {quoteType} quotes";
                        }
                    }
                    else if (quoted && !matches && !quotedQuotes)
                    {
                        message = $"string value is not quoted with {quoteType} quotes";
                    }
                    else if (!quoted && AnyMatch(extraRequired, token.Value))
                    {
                        message = "string value is not quoted";
                    }

                    break;
            }

            if (message is not null)
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, message);
            }
        }
    }

    private static bool AnyMatch(Regex[] patterns, string value)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> written plain after <c>key: </c> would scan as anything but itself.</summary>
    private static bool QuotesAreNeeded(string value)
    {
        try
        {
            var scanner = new Scanner(new StringReader("key: " + value), skipComments: false);
            for (var i = 0; i < 5; i++)
            {
                if (!scanner.MoveNext())
                {
                    return true;
                }
            }

            if (!scanner.MoveNext())
            {
                return true;
            }

            var first = scanner.Current;
            if (!scanner.MoveNext())
            {
                return true;
            }

            var second = scanner.Current;
            return !(first is Scalar { Style: ScalarStyle.Plain } scalar && second is BlockEnd && scalar.Value == value);
        }
        catch (YamlException)
        {
            return true;
        }
    }

    private enum Required
    {
        Always,
        Never,
        OnlyWhenNeeded,
    }
}
