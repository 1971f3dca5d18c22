using System.Globalization;
using System.Numerics;
using System.Text;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Reads an INI inventory value the way Ansible does (<c>ast.literal_eval</c>, falling back to the text itself):
/// numbers, <c>True</c>/<c>False</c>/<c>None</c>, quoted strings, lists, tuples and dictionaries. Anything else, such
/// as <c>yes</c>, <c>010</c> or <c>1.2.3.4</c>, stays the string it was written as.
/// </summary>
internal static class PythonLiteral
{
    /// <summary>The value of <paramref name="text"/>: a literal's value, or the text unchanged.</summary>
    public static object? Evaluate(string text)
    {
        // literal_eval strips leading blanks, and a trailing comment is ignored by Python's own tokenizer.
        var reader = new Reader(text.TrimStart(' ', '\t'));
        try
        {
            var value = reader.ReadValue();
            reader.SkipBlanksAndComment();
            return reader.AtEnd ? Normalize(value) : text;
        }
        catch (FormatException)
        {
            return text;
        }
    }

    // Integers are read unbounded, as Python's are, then given the smallest .NET type that holds them.
    private static object? Normalize(object? value) => value switch
    {
        BigInteger integer when integer >= long.MinValue && integer <= long.MaxValue => (long)integer,
        List<object?> items => items.Select(Normalize).ToList(),
        Dictionary<string, object?> map => map.ToDictionary(entry => entry.Key, entry => Normalize(entry.Value), StringComparer.Ordinal),
        _ => value,
    };

    private sealed class Reader(string text)
    {
        private int position;

        public bool AtEnd => position >= text.Length;

        public void SkipBlanksAndComment()
        {
            SkipBlanks();
            if (!AtEnd && text[position] == '#')
            {
                position = text.Length;
            }
        }

        public object? ReadValue()
        {
            SkipBlanks();
            if (AtEnd)
            {
                throw new FormatException();
            }

            var c = text[position];
            switch (c)
            {
                case '[':
                    return ReadSequence(']');
                case '(':
                    return ReadSequence(')');
                case '{':
                    return ReadDictionary();
                case '\'' or '"':
                    return ReadStrings();
                case '-' or '+':
                    position++;
                    var operand = ReadValue();
                    return (c, operand) switch
                    {
                        ('-', BigInteger integer) => -integer,
                        ('-', double real) => -real,
                        ('+', BigInteger or double) => operand,
                        _ => throw new FormatException(),
                    };
            }

            if (char.IsAsciiDigit(c) || (c == '.' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1])))
            {
                return ReadNumber();
            }

            var name = ReadName();
            return name switch
            {
                "True" => true,
                "False" => false,
                "None" => null,
                _ => throw new FormatException(),
            };
        }

        private List<object?> ReadSequence(char close)
        {
            position++;
            var items = new List<object?>();
            while (true)
            {
                SkipBlanks();
                if (Peek() == close)
                {
                    position++;
                    return items;
                }

                items.Add(ReadValue());
                SkipBlanks();
                if (Peek() == ',')
                {
                    position++;
                    continue;
                }

                Expect(close);
                return items;
            }
        }

        private Dictionary<string, object?> ReadDictionary()
        {
            position++;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (true)
            {
                SkipBlanks();
                if (Peek() == '}')
                {
                    position++;
                    return map;
                }

                // Only string keys: an inventory's variables become JSON, whose keys are strings.
                var key = ReadValue() as string ?? throw new FormatException();
                SkipBlanks();
                Expect(':');
                map[key] = ReadValue();
                SkipBlanks();
                if (Peek() == ',')
                {
                    position++;
                    continue;
                }

                Expect('}');
                return map;
            }
        }

        // Python joins adjacent string literals: 'a' "b" is "ab".
        private string ReadStrings()
        {
            var builder = new StringBuilder(ReadString());
            while (true)
            {
                var mark = position;
                SkipBlanks();
                if (Peek() is '\'' or '"')
                {
                    builder.Append(ReadString());
                    continue;
                }

                position = mark;
                return builder.ToString();
            }
        }

        private string ReadString()
        {
            var quote = text[position++];
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd || text[position] == '\n')
                {
                    throw new FormatException();
                }

                var c = text[position++];
                if (c == quote)
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw new FormatException();
                }

                var escaped = text[position++];
                switch (escaped)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case '0': builder.Append('\0'); break;
                    case '\\' or '\'' or '"': builder.Append(escaped); break;
                    case 'x' when position + 2 <= text.Length && int.TryParse(text.AsSpan(position, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        position += 2;
                        break;
                    default:
                        // Python keeps an unknown escape as written.
                        builder.Append('\\').Append(escaped);
                        break;
                }
            }
        }

        private object ReadNumber()
        {
            var start = position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '.'
                || (text[position] is '+' or '-' && text[position - 1] is 'e' or 'E' && !IsPrefixed(start))))
            {
                position++;
            }

            var token = text[start..position];
            if (token.Contains("__", StringComparison.Ordinal) || token.EndsWith('_'))
            {
                throw new FormatException();
            }

            var digits = token.Replace("_", string.Empty, StringComparison.Ordinal);
            if (digits.Length > 2 && digits[0] == '0' && char.ToLowerInvariant(digits[1]) is 'x' or 'o' or 'b')
            {
                var radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
                var value = BigInteger.Zero;
                foreach (var digit in digits[2..])
                {
                    var d = HexValue(digit);
                    if (d < 0 || d >= radix)
                    {
                        throw new FormatException();
                    }

                    value = (value * radix) + d;
                }

                return value;
            }

            if (digits.All(char.IsAsciiDigit))
            {
                // Python 3 refuses leading zeros on a non-zero decimal ("010"), so Ansible keeps it a string.
                if (digits.Length > 1 && digits[0] == '0' && digits.Any(d => d != '0'))
                {
                    throw new FormatException();
                }

                return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            }

            if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && !digits.Contains('x') && char.ToLowerInvariant(digits[^1]) != 'e')
            {
                return real;
            }

            throw new FormatException();
        }

        private bool IsPrefixed(int start) =>
            start + 1 < text.Length && text[start] == '0' && char.ToLowerInvariant(text[start + 1]) is 'x' or 'o' or 'b';

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        private string ReadName()
        {
            var start = position;
            while (!AtEnd && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return position == start ? throw new FormatException() : text[start..position];
        }

        private char Peek() => AtEnd ? '\0' : text[position];

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw new FormatException();
            }

            position++;
        }

        private void SkipBlanks()
        {
            while (!AtEnd && text[position] is ' ' or '\t')
            {
                position++;
            }
        }
    }
}
