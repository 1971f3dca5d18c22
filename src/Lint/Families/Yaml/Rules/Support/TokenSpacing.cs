using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>yamllint's shared spacing checks around a token, reported through the rule context.</summary>
internal static class TokenSpacing
{
    /// <summary>Checks the spaces between <paramref name="token"/> and the next token on the same line.</summary>
    public static void After(YamlLintStream stream, StreamToken token, StreamToken? nextOrNone, int min, int max, string? minMessage, string? maxMessage, RuleContext context)
    {
        if (nextOrNone is not { } next || token.End.Line != next.Start.Line)
        {
            return;
        }

        var spaces = next.Start.Index - token.End.Index;
        if (max != -1 && spaces > max)
        {
            context.Report(token.Start.Line + 1, next.Start.Column, maxMessage!);
        }
        else if (min != -1 && spaces < min)
        {
            context.Report(token.Start.Line + 1, next.Start.Column + 1, minMessage!);
        }
    }

    /// <summary>Checks the spaces between the previous token on the same line and <paramref name="token"/>.</summary>
    public static void Before(YamlLintStream stream, StreamToken token, StreamToken? prevOrNone, int min, int max, string? minMessage, string? maxMessage, RuleContext context)
    {
        if (prevOrNone is not { } prev || prev.End.Line != token.Start.Line
            || (prev.End.Index != 0 && stream.CharAt(prev.End.Index - 1) == '\n'))
        {
            return;
        }

        var spaces = token.Start.Index - prev.End.Index;
        if (max != -1 && spaces > max)
        {
            context.Report(token.Start.Line + 1, token.Start.Column, maxMessage!);
        }
        else if (min != -1 && spaces < min)
        {
            context.Report(token.Start.Line + 1, token.Start.Column + 1, minMessage!);
        }
    }
}
