using System.Buffers;
using System.Globalization;

namespace IacTest.Lint.Yaml;

/// <summary>
/// yamllint's syntax check (<c>yaml.parse</c> of the whole text with PyYAML): whether a text is YAML and, when it is
/// not, PyYAML's first problem and its mark — the verdict and position yamllint reports as <c>syntax error</c>.
/// </summary>
internal static class PyYamlSyntax
{
    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The first syntax error of <paramref name="text"/>, or null when PyYAML parses it.</summary>
    public static YamlSyntaxError? Find(string text) => Check(text, int.MaxValue).Error;

    /// <summary>
    /// The first syntax error of <paramref name="text"/> (null when PyYAML parses it), and how deep its flow
    /// collections nest: where the bracket is that first goes deeper than <paramref name="flowNestingLimit"/>.
    /// </summary>
    public static PyYamlVerdict Check(string text, int flowNestingLimit)
    {
        if (FindUnprintable(text) is { } unprintable)
        {
            return new PyYamlVerdict(unprintable, 0, null);
        }

        var scanner = new PyYamlScanner(text, flowNestingLimit);
        try
        {
            new PyYamlParser(scanner).Run();
            return new PyYamlVerdict(null, scanner.MaxFlowLevel, scanner.TooDeep);
        }
        catch (PyYamlSyntaxException exception)
        {
            return new PyYamlVerdict(new YamlSyntaxError(exception.Mark.ToPosition(), exception.Problem), scanner.MaxFlowLevel, scanner.TooDeep);
        }
    }

    /// <summary>
    /// PyYAML's reader refuses a text with a character outside YAML's printable set (C0 controls but tab and breaks,
    /// DEL, C1 controls but NEL, U+FFFE, U+FFFF, unpaired surrogates) before parsing anything, wherever it is.
    /// </summary>
    private static YamlSyntaxError? FindUnprintable(string text)
    {
        // Printable ASCII and the three allowed controls are skipped in vectorised runs; the rest is judged one by one.
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAnyExcept(PrintableAscii);
            if (skip < 0)
            {
                return null;
            }

            i += skip;
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var code = char.IsHighSurrogate(c) || char.IsLowSurrogate(c) ? c : (int)c;
            return new YamlSyntaxError(MarkOf(text, i),
                $"unacceptable character #x{code.ToString("x4", CultureInfo.InvariantCulture)}: special characters are not allowed");
        }

        return null;
    }

    /// <summary>The position of an offset, counting lines and columns the way PyYAML's reader does.</summary>
    private static Position MarkOf(string text, int offset)
    {
        int line = 0, column = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 0;
            }
            else if (c != '\uFEFF' && !char.IsLowSurrogate(c))
            {
                column++;
            }
        }

        return new Position(line + 1, column + 1, offset);
    }
}
