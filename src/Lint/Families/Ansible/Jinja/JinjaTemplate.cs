
namespace IacTest.Lint.Families.Ansible.Jinja;

/// <summary>The kinds of part a template splits into.</summary>
internal enum JinjaPartKind
{
    /// <summary>Literal text.</summary>
    Data,

    /// <summary>An expression, <c>{{ … }}</c>.</summary>
    Expression,

    /// <summary>A statement, <c>{% … %}</c>.</summary>
    Statement,

    /// <summary>A comment, <c>{# … #}</c>.</summary>
    Comment,
}

/// <summary>One part of a template: its kind, its inner text (without delimiters and <c>-</c>/<c>+</c> markers) and its delimiters.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Inner">The text between the delimiters.</param>
/// <param name="Open">The opening delimiter as written (<c>{{</c>, <c>{%-</c>).</param>
/// <param name="Close">The closing delimiter as written.</param>
internal sealed record JinjaPart(JinjaPartKind Kind, string Inner, string Open, string Close);

/// <summary>Splits a template into data, expressions, statements and comments (no rendering).</summary>
internal static class JinjaTemplate
{
    /// <summary>Splits <paramref name="text"/>; <paramref name="error"/> says why it cannot be split (an unclosed delimiter).</summary>
    public static List<JinjaPart> Split(string text, out string? error)
    {
        error = null;
        var parts = new List<JinjaPart>();
        var position = 0;
        var dataStart = 0;
        while (position < text.Length - 1)
        {
            if (text[position] != '{' || text[position + 1] is not ('{' or '%' or '#'))
            {
                position++;
                continue;
            }

            var marker = text[position + 1];
            var kind = marker switch { '{' => JinjaPartKind.Expression, '%' => JinjaPartKind.Statement, _ => JinjaPartKind.Comment };
            var closeMarker = marker == '{' ? '}' : marker;
            var innerStart = position + 2;
            var open = "{" + marker;
            if (innerStart < text.Length && text[innerStart] is '-' or '+')
            {
                open += text[innerStart];
                innerStart++;
            }

            var close = FindClose(text, innerStart, closeMarker, kind == JinjaPartKind.Comment);
            if (close < 0)
            {
                error = kind switch
                {
                    JinjaPartKind.Expression => "unexpected end of template, expected 'end of print statement'",
                    JinjaPartKind.Statement => "unexpected end of template, expected 'end of statement block'",
                    _ => "missing end of comment tag",
                };
                return parts;
            }

            if (position > dataStart)
            {
                parts.Add(new JinjaPart(JinjaPartKind.Data, text[dataStart..position], string.Empty, string.Empty));
            }

            var innerEnd = close;
            var closeText = closeMarker + "}";
            if (innerEnd > innerStart && text[innerEnd - 1] is '-' or '+' && kind != JinjaPartKind.Comment)
            {
                innerEnd--;
                closeText = text[innerEnd] + closeText;
            }

            parts.Add(new JinjaPart(kind, text[innerStart..innerEnd], open, closeText));
            position = close + 2;
            dataStart = position;
        }

        if (dataStart < text.Length)
        {
            parts.Add(new JinjaPart(JinjaPartKind.Data, text[dataStart..], string.Empty, string.Empty));
        }

        return parts;
    }

    private static int FindClose(string text, int start, char marker, bool comment)
    {
        var quote = '\0';

        // Jinja's lexer balances brackets inside a tag: "}}" closes "{{ {'a': {'b': x}} }}" only at depth zero.
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (!comment && quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (!comment && c is '"' or '\'')
            {
                quote = c;
            }
            else if (!comment && c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (!comment && depth > 0 && c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c == marker && text[i + 1] == '}')
            {
                return i;
            }
        }

        return -1;
    }
}
