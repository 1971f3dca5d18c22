using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// Scans a YAML text into its tokens, comments included, the way token-based YAML rules need them. Scanning stops
/// at the first syntax error, which is returned beside the tokens read so far.
/// </summary>
public static class YamlTokens
{
    /// <summary>Scans <paramref name="text"/>.</summary>
    public static (IReadOnlyList<Token> Tokens, YamlSyntaxError? Error) Scan(string text)
    {
        var tokens = new List<Token>(Math.Max(16, text.Length / 8));
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                tokens.Add(scanner.Current!);
            }

            return (tokens, null);
        }
        catch (YamlException exception)
        {
            return (tokens, new YamlSyntaxError(Position.From(exception.Start), CleanMessage(exception)));
        }
        catch (InvalidOperationException exception)
        {
            // The scanner gives up on some malformed input without a position: report where it had got to.
            var at = tokens.Count > 0 ? Position.From(tokens[^1].End) : new Position(1, 1, 0);
            return (tokens, new YamlSyntaxError(at, $"the YAML scanner could not continue here ({exception.Message})"));
        }
    }

    /// <summary>The parser's message without the position prefix YamlDotNet adds.</summary>
    internal static string CleanMessage(YamlException exception)
    {
        var message = exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
