using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>The check shared by <c>braces</c> and <c>brackets</c>: one flow collection kind, its opener and closer.</summary>
internal static class FlowSpacing
{
    public static void Check(RuleContext context, YamlLintStream stream, ScannedTokenKind open, ScannedTokenKind close, string what, string plural)
    {
        var forbid = context.Options["forbid"];
        var forbidAll = forbid is true || (forbid is string s && s.Equals("true", StringComparison.OrdinalIgnoreCase));
        var forbidNonEmpty = forbid is string n && n == "non-empty";
        var min = context.Options.Int("min-spaces-inside");
        var max = context.Options.Int("max-spaces-inside");
        var minEmpty = context.Options.Int("min-spaces-inside-empty");
        var maxEmpty = context.Options.Int("max-spaces-inside-empty");
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            if (token.Kind != open && token.Kind != close)
            {
                continue;
            }

            var prev = stream.At(i - 1);
            var next = stream.At(i + 1);
            if (forbidAll && token.Kind == open)
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, $"forbidden {what}");
            }
            else if (forbidNonEmpty && token.Kind == open && next?.Kind != close)
            {
                context.Report(token.Start.Line + 1, token.End.Column + 1, $"forbidden {what}");
            }
            else if (token.Kind == open && next?.Kind == close)
            {
                TokenSpacing.After(stream, token, next, minEmpty != -1 ? minEmpty : min, maxEmpty != -1 ? maxEmpty : max,
                    $"too few spaces inside empty {plural}", $"too many spaces inside empty {plural}", context);
            }
            else if (token.Kind == open)
            {
                TokenSpacing.After(stream, token, next, min, max, $"too few spaces inside {plural}", $"too many spaces inside {plural}", context);
            }
            else if (prev is not { } before || before.Kind != open)
            {
                TokenSpacing.Before(stream, token, prev, min, max, $"too few spaces inside {plural}", $"too many spaces inside {plural}", context);
            }
        }
    }
}
