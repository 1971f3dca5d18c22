using System.Globalization;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Go's fmt.Sprintf for the verbs templates use: <c>%s %v %d %q %t %f %e %g %x %X %o %b %c %%</c> with the flags
/// <c>- + 0</c> and space, a width and a precision. A missing argument prints <c>%!d(MISSING)</c> as Go does.
/// </summary>
internal static class GoFormat
{
    public static string Sprintf(string format, object?[] arguments)
    {
        var output = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                output.Append(format[i]);
                continue;
            }

            i++;
            var left = false;
            var plus = false;
            var zero = false;
            var space = false;
            for (; i < format.Length && format[i] is '-' or '+' or '0' or ' ' or '#'; i++)
            {
                left |= format[i] == '-';
                plus |= format[i] == '+';
                zero |= format[i] == '0';
                space |= format[i] == ' ';
            }

            var width = Digits(format, ref i);
            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Digits(format, ref i) ?? 0;
            }

            if (i >= format.Length)
            {
                output.Append("%!(NOVERB)");
                break;
            }

            var verb = format[i];
            if (verb == '%')
            {
                output.Append('%');
                continue;
            }

            if (next >= arguments.Length)
            {
                output.Append("%!").Append(verb).Append("(MISSING)");
                continue;
            }

            var text = Verb(verb, arguments[next++], precision, plus, space);
            if (text is null)
            {
                output.Append("%!").Append(verb).Append('(').Append(TemplateValues.Print(arguments[next - 1])).Append(')');
                continue;
            }

            output.Append(Pad(text, width ?? 0, left, zero && !left && verb is not ('s' or 'q' or 'v')));
        }

        if (next < arguments.Length)
        {
            output.Append("%!(EXTRA ").Append(string.Join(", ", arguments[next..].Select(TemplateValues.Print))).Append(')');
        }

        return output.ToString();
    }

    /// <summary>A Go double-quoted string's content: backslash escapes for quotes, backslashes and control characters.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string? Verb(char verb, object? value, int? precision, bool plus, bool space)
    {
        var number = TemplateValues.Number(value);
        var isNumber = value is long or int or double;
        switch (verb)
        {
            case 's' or 'v':
                var text = TemplateValues.Print(value);
                return precision is { } cut && cut < text.Length ? text[..cut] : text;
            case 'q':
                return "\"" + Escape(TemplateValues.Print(value)) + "\"";
            case 't':
                return value is bool flag ? (flag ? "true" : "false") : null;
            case 'd' when isNumber && number is { } whole:
                return Sign((long)whole >= 0, plus, space) + Math.Abs((long)whole).ToString(CultureInfo.InvariantCulture);
            case 'f' or 'F' when isNumber && number is { } real:
                return Sign(real >= 0, plus, space) + Math.Abs(real).ToString("F" + (precision ?? 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            case 'e' when isNumber && number is { } real:
                return Sign(real >= 0, plus, space) + Math.Abs(real).ToString((precision ?? 6) == 0 ? "0e+00" : "0." + new string('0', precision ?? 6) + "e+00", CultureInfo.InvariantCulture);
            case 'g' when isNumber && number is { } real:
                return Sign(real >= 0, plus, space) + TemplateValues.FormatReal(Math.Abs(real));
            case 'x' or 'X' or 'o' or 'b' when value is long or int:
                var integer = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                var digits = verb switch
                {
                    'x' => Math.Abs(integer).ToString("x", CultureInfo.InvariantCulture),
                    'X' => Math.Abs(integer).ToString("X", CultureInfo.InvariantCulture),
                    'o' => Convert.ToString(Math.Abs(integer), 8),
                    _ => Convert.ToString(Math.Abs(integer), 2),
                };
                return Sign(integer >= 0, plus, space) + digits;
            case 'x' or 'X' when value is string or Secrets.SecretValue:
                var hex = Convert.ToHexString(Encoding.UTF8.GetBytes(TemplateValues.Print(value)));
                return verb == 'x' ? hex.ToLowerInvariant() : hex;
            case 'c' when value is long code:
                return char.ConvertFromUtf32((int)code);
            default:
                return null;
        }
    }

    private static string Sign(bool positive, bool plus, bool space) => !positive ? "-" : plus ? "+" : space ? " " : "";

    private static string Pad(string text, int width, bool left, bool zero)
    {
        if (text.Length >= width)
        {
            return text;
        }

        if (left)
        {
            return text.PadRight(width);
        }

        if (zero)
        {
            var sign = text.Length > 0 && text[0] is '-' or '+' or ' ' ? text[..1] : "";
            return sign + text[sign.Length..].PadLeft(width - sign.Length, '0');
        }

        return text.PadLeft(width);
    }

    private static int? Digits(string format, ref int i)
    {
        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            i++;
        }

        return i > start ? int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture) : null;
    }
}
