using System.Text;

namespace IacTest.Harness.Compose;

/// <summary>
/// Variable interpolation as Docker Compose does it: <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c> (unset or
/// empty), <c>${VAR-default}</c> (unset), <c>${VAR:?error}</c>, <c>${VAR?error}</c>, <c>${VAR:+alt}</c>,
/// <c>${VAR+alt}</c>, <c>$$</c> for a literal dollar, and nested expressions in defaults.
/// </summary>
public static class ComposeInterpolation
{
    /// <summary>Interpolates <paramref name="text"/> with <paramref name="lookup"/> (null = unset).</summary>
    public static InterpolationResult Interpolate(string text, Func<string, string?> lookup)
    {
        var unset = new List<string>();
        var position = 0;
        try
        {
            var value = Expand(text, ref position, lookup, unset, stopAtBrace: false);
            return new InterpolationResult(value, null, unset);
        }
        catch (FormatException exception)
        {
            return new InterpolationResult(null, exception.Message, unset);
        }
    }

    private static string Expand(string text, ref int i, Func<string, string?> lookup, List<string> unset, bool stopAtBrace)
    {
        var output = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (stopAtBrace && c == '}')
            {
                return output.ToString();
            }

            if (c != '$')
            {
                output.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                output.Append('$');
                i++;
                continue;
            }

            var next = text[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (next == '{')
            {
                i += 2;
                output.Append(Braced(text, ref i, lookup, unset));
            }
            else if (IsNameStart(next))
            {
                var start = i + 1;
                i = start;
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                output.Append(Value(text[start..i], lookup, unset));
            }
            else
            {
                throw new FormatException($"invalid interpolation format for \"{text}\": a '$' must start a variable or be written '$$'");
            }
        }

        if (stopAtBrace)
        {
            throw new FormatException($"invalid interpolation format for \"{text}\": a '${{' is not closed");
        }

        return output.ToString();
    }

    private static string Braced(string text, ref int i, Func<string, string?> lookup, List<string> unset)
    {
        var start = i;
        while (i < text.Length && IsNamePart(text[i]))
        {
            i++;
        }

        var name = text[start..i];
        if (name.Length == 0 || !IsNameStart(name[0]))
        {
            throw new FormatException($"invalid interpolation format for \"{text}\": '${{{name}' does not start with a variable name");
        }

        if (i >= text.Length)
        {
            throw new FormatException($"invalid interpolation format for \"{text}\": a '${{' is not closed");
        }

        if (text[i] == '}')
        {
            i++;
            return Value(name, lookup, unset);
        }

        var colon = text[i] == ':';
        if (colon)
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('-' or '?' or '+'))
        {
            throw new FormatException($"invalid interpolation format for \"{text}\": unexpected character after '${{{name}'");
        }

        var operation = text[i];
        i++;
        var argument = Expand(text, ref i, lookup, unset, stopAtBrace: true);
        i++; // the closing brace
        var current = lookup(name);
        var present = colon ? !string.IsNullOrEmpty(current) : current is not null;
        return operation switch
        {
            '-' => present ? current! : argument,
            '+' => present ? argument : string.Empty,
            _ => present ? current! : throw new FormatException(
                argument.Length > 0 ? $"required variable {name} is missing a value: {argument}" : $"required variable {name} is missing a value"),
        };
    }

    private static string Value(string name, Func<string, string?> lookup, List<string> unset)
    {
        var value = lookup(name);
        if (value is null)
        {
            unset.Add(name);
        }

        return value ?? string.Empty;
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);
}
