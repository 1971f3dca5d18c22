using System.Text;

namespace IacTest.Harness.Compose;

/// <summary>
/// Reads a Compose <c>.env</c> file: <c>KEY=VALUE</c> lines, <c>#</c> comments, an optional <c>export</c> prefix,
/// single quotes (literal), double quotes (with <c>\n</c>-style escapes and interpolation), unquoted values with
/// <c> #</c> comments cut and interpolation of variables defined before.
/// </summary>
public static class DotEnvFile
{
    /// <summary>Parses the text of a <c>.env</c> file; <paramref name="outer"/> answers variables not set in it.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="outer">The environment that wins over the file and that values may refer to.</param>
    /// <param name="errors">Receives one <c>(line, message)</c> per bad line.</param>
    public static Dictionary<string, string> Parse(string text, Func<string, string?> outer, ICollection<(int Line, string Message)> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? line : line[..equals]).Trim();
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                errors.Add((number, $"'{lines[number - 1]}' is not a KEY=VALUE line"));
                continue;
            }

            if (equals < 0)
            {
                // A bare KEY takes its value from the environment, if any.
                if (outer(key) is { } inherited)
                {
                    values[key] = inherited;
                }

                continue;
            }

            var raw = line[(equals + 1)..].Trim();
            string value;
            if (raw.Length >= 1 && raw[0] == '\'')
            {
                var close = raw.IndexOf('\'', 1);
                value = close < 0 ? raw[1..] : raw[1..close];
            }
            else
            {
                var quoted = raw.Length >= 1 && raw[0] == '"';
                value = quoted ? Unescape(raw[1..(raw.LastIndexOf('"') is var end and > 0 ? end : raw.Length)]) : CutComment(raw);
                var result = ComposeInterpolation.Interpolate(value, name => outer(name) ?? values.GetValueOrDefault(name));
                if (result.Error is not null)
                {
                    errors.Add((number, result.Error));
                    continue;
                }

                value = result.Value!;
            }

            values[key] = value;
        }

        return values;
    }

    private static string CutComment(string raw)
    {
        var hash = raw.IndexOf(" #", StringComparison.Ordinal);
        return (hash < 0 ? raw : raw[..hash]).TrimEnd();
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                builder.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => text[i] });
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
