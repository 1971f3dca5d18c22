using System.Collections;
using System.Globalization;
using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Go's encoding/json as Sprig's <c>toJson</c>, <c>toPrettyJson</c> and <c>toRawJson</c> call it: map keys sorted,
/// non-ASCII text kept as it is, <c>&lt; &gt; &amp;</c> escaped unless raw, numbers printed as Go prints a float64.
/// </summary>
internal static class GoJson
{
    /// <summary>The JSON of <paramref name="value"/>; <paramref name="indent"/> "" is one line.</summary>
    public static string Write(object? value, string indent, bool escapeHtml)
    {
        var builder = new StringBuilder();
        Write(builder, value, indent, escapeHtml, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, string indent, bool escapeHtml, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string or SecretValue:
                Text(builder, TemplateValues.Text(value), escapeHtml);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case long or int:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double real:
                builder.Append(double.IsFinite(real) ? Number(real) : throw new TemplateFunctionException($"json: unsupported value: {TemplateValues.FormatReal(real)}"));
                break;
            case DateTimeOffset time:
                Text(builder, time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture), escapeHtml);
                break;
            case IReadOnlyDictionary<string, object?> map:
                Container(builder, '{', '}', map.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), indent, depth, (pair, b) =>
                {
                    Text(b, pair.Key, escapeHtml);
                    b.Append(indent.Length > 0 ? ": " : ":");
                    Write(b, pair.Value, indent, escapeHtml, depth + 1);
                });
                break;
            case IEnumerable list:
                Container(builder, '[', ']', list.Cast<object?>().ToList(), indent, depth, (item, b) => Write(b, item, indent, escapeHtml, depth + 1));
                break;
            default:
                Text(builder, TemplateValues.Print(value), escapeHtml);
                break;
        }
    }

    private static void Container<T>(StringBuilder builder, char open, char close, List<T> items, string indent, int depth, Action<T, StringBuilder> write)
    {
        builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            NewLine(builder, indent, depth + 1);
            write(items[i], builder);
        }

        if (items.Count > 0)
        {
            NewLine(builder, indent, depth);
        }

        builder.Append(close);
    }

    private static void NewLine(StringBuilder builder, string indent, int depth)
    {
        if (indent.Length > 0)
        {
            builder.Append('\n');
            for (var i = 0; i < depth; i++)
            {
                builder.Append(indent);
            }
        }
    }

    private static void Text(StringBuilder builder, string text, bool escapeHtml)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or '\u2028' or '\u2029':
                case '<' or '>' or '&' when escapeHtml:
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>encoding/json's float64: the shortest digits that read back, in exponent form only below 1e-6 or from 1e21 (<c>1e-7</c>, <c>1e+21</c>).</summary>
    private static string Number(double real)
    {
        var shortest = real.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }

        var abs = Math.Abs(real);
        if (abs < 1e-6 || abs >= 1e21)
        {
            var power = int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return $"{shortest[..e]}e{(power < 0 ? "-" : "+")}{Math.Abs(power)}";
        }

        // .NET writes 1E+15 and up with an exponent; Go writes the digits.
        return decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }
}
