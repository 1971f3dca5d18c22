namespace IacTest.Lint.Hcl;

/// <summary>
/// A JSON reader that keeps HCL positions on every value and stops at the first error, with HCL's wording: what HCL's
/// JSON parser reports (a trailing comma, an equals sign for a colon, <c>NaN</c>...), at the same place.
/// </summary>
internal sealed class JsonSyntaxReader
{
    private readonly string _text;
    private readonly SourceCursor _cursor;
    private readonly List<(char Kind, int Start, int End)> _tokens = [];
    private int _next;
    private int _depth;

    public JsonSyntaxReader(string text)
    {
        _text = text;
        _cursor = new SourceCursor(text);
        Scan();
    }

    public List<HclDiagnostic> Diagnostics { get; } = [];

    public JsonSyntaxValue? ReadDocument()
    {
        var value = ReadValue();
        if (Diagnostics.Count == 0 && Peek().Kind != 'E')
        {
            Fail("Extraneous data after value", "Extra characters appear after the JSON value.", Peek());
        }

        return value;
    }

    // Token kinds: { } [ ] , : = as themselves, '"' string, 'n' number, 'k' keyword, 'E' end, '?' invalid.
    private void Scan()
    {
        var i = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '{' or '}' or '[' or ']' or ',' or ':' or '=')
            {
                _tokens.Add((c, i, i + 1));
                i++;
            }
            else if (c == '"')
            {
                i++;
                // To the closing quote, across line breaks as HCL's scanner does: the decoder then names the bad character.
                while (i < _text.Length && _text[i] != '"')
                {
                    i += _text[i] == '\\' && i + 1 < _text.Length ? 2 : 1;
                }

                i = Math.Min(i + 1, _text.Length);
                _tokens.Add(('"', start, i));
            }
            else if (c == '-' || char.IsAsciiDigit(c))
            {
                i++;
                while (i < _text.Length && (char.IsAsciiDigit(_text[i]) || _text[i] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    i++;
                }

                _tokens.Add(('n', start, i));
            }
            else if (char.IsAsciiLetter(c))
            {
                while (i < _text.Length && char.IsAsciiLetterOrDigit(_text[i]))
                {
                    i++;
                }

                _tokens.Add(('k', start, i));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < _text.Length ? 2 : 1;
                _tokens.Add(('?', start, i));
            }
        }

        _tokens.Add(('E', _text.Length, _text.Length));
    }

    private (char Kind, int Start, int End) Peek() => _tokens[_next];

    private (char Kind, int Start, int End) Read()
    {
        var token = _tokens[_next];
        _next = Math.Min(_next + 1, _tokens.Count - 1);
        return token;
    }

    private HclRange RangeOf((char Kind, int Start, int End) token) => new(_cursor.At(token.Start), _cursor.At(token.End));

    private JsonSyntaxValue? Fail(string summary, string detail, (char Kind, int Start, int End) token)
    {
        Diagnostics.Add(new HclDiagnostic(summary, detail, RangeOf(token)));
        return null;
    }

    private JsonSyntaxValue? ReadValue()
    {
        var token = Peek();
        const string valueStart = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";
        switch (token.Kind)
        {
            case '{' or '[':
                if (_depth >= HclParser.MaxNesting)
                {
                    return Fail("Nesting too deep", $"JSON values may nest at most {HclParser.MaxNesting} levels deep.", token);
                }

                _depth++;
                try
                {
                    return token.Kind == '{' ? ReadObject() : ReadArray();
                }
                finally
                {
                    _depth--;
                }

            case 'n':
                Read();
                return IsJsonNumber(_text[token.Start..token.End])
                    ? new JsonSyntaxScalar(HclLiteralKind.Number, _text[token.Start..token.End], RangeOf(token))
                    : Fail("Invalid JSON number", "There is a syntax error in the given JSON number.", token);
            case '"':
                Read();
                return ReadString(token);
            case 'k':
                Read();
                return ReadKeyword(token);
            case '}':
                return Fail("Missing JSON value", valueStart, token);
            case ']':
                return Fail("Missing array element value", valueStart, token);
            case 'E':
                return Fail("Missing value", "The JSON data ends prematurely.", token);
            default:
                return Fail("Invalid start of value", valueStart, token);
        }
    }

    private JsonSyntaxValue? ReadObject()
    {
        var open = Read();
        var properties = new List<JsonSyntaxProperty>();
        while (Peek().Kind != '}')
        {
            var keyToken = Peek();
            var key = ReadValue();
            if (key is null)
            {
                return null;
            }

            if (key is not JsonSyntaxScalar { Kind: HclLiteralKind.String } name)
            {
                return Fail("Invalid object property name", "A JSON object property name must be a string", keyToken);
            }

            var colon = Read();
            if (colon.Kind != ':')
            {
                return colon.Kind switch
                {
                    '}' or ',' => Fail("Missing object value", "A JSON object attribute must have a value, introduced by a colon.", colon),
                    '=' => Fail("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", colon),
                    _ => Fail("Missing property value colon", "A colon must appear between an object property's name and its value.", colon),
                };
            }

            var value = ReadValue();
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonSyntaxProperty(name.Value, name.Range, RangeOf(colon), value));
            var next = Peek();
            if (next.Kind == ',')
            {
                var comma = Read();
                if (Peek().Kind == '}')
                {
                    return Fail("Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.", comma);
                }

                continue;
            }

            if (next.Kind == '}')
            {
                break;
            }

            return next.Kind switch
            {
                'E' => Fail("Unclosed object", "No closing brace was found for this JSON object.", open),
                ']' => Fail("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", Read()),
                _ => FailAfter("A comma must appear between each property definition in an object.", '{', '}'),
            };
        }

        var close = Read();
        var openRange = RangeOf(open);
        var closeRange = RangeOf(close);
        return new JsonSyntaxObject(properties, HclRange.Between(openRange, closeRange), openRange, closeRange);
    }

    /// <summary>HCL skips to the end of the current object or array and reports a missing comma at what follows it.</summary>
    private JsonSyntaxValue? FailAfter(string detail, char open, char close)
    {
        SkipToEnd(Read(), open, close);
        return Fail("Missing attribute seperator comma", detail, Peek());
    }

    /// <summary>Reads on from <paramref name="token"/> to the <paramref name="close"/> that ends the current level.</summary>
    private void SkipToEnd((char Kind, int Start, int End) token, char open, char close)
    {
        var depth = 1;
        while (true)
        {
            if (token.Kind == open)
            {
                depth++;
            }
            else if (token.Kind == close && --depth <= 1)
            {
                return;
            }
            else if (token.Kind == 'E')
            {
                return;
            }

            token = Read();
        }
    }

    private JsonSyntaxValue? ReadArray()
    {
        var open = Read();
        var items = new List<JsonSyntaxValue>();
        while (Peek().Kind != ']')
        {
            var value = ReadValue();
            if (value is null)
            {
                return null;
            }

            items.Add(value);
            var next = Peek();
            if (next.Kind == ',')
            {
                var comma = Read();
                if (Peek().Kind == ']')
                {
                    return Fail("Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.", comma);
                }

                continue;
            }

            if (next.Kind == ']')
            {
                break;
            }

            switch (next.Kind)
            {
                case ':':
                    Read();
                    return Fail("Invalid array value", "A colon is not used to introduce values in a JSON array.", Peek());
                case 'E':
                    return Fail("Unclosed object", "No closing bracket was found for this JSON array.", open);
                case '}':
                    // Reported where Terraform's HCL reports it: after skipping to the bracket that ends the array.
                    SkipToEnd(Read(), '[', ']');
                    return Fail("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", Peek());
                default:
                    return FailAfter("A comma must appear between each value in an array.", '[', ']');
            }
        }

        var close = Read();
        return new JsonSyntaxArray(items, HclRange.Between(RangeOf(open), RangeOf(close)));
    }

    private JsonSyntaxValue? ReadString((char Kind, int Start, int End) token)
    {
        var raw = _text[token.Start..token.End];
        try
        {
            // The framework's reader decodes escapes exactly as JSON defines them.
            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(raw));
            if (BadStringOffset(raw) is { } offset || !reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.String)
            {
                return StringError(token, BadStringOffset(raw));
            }

            return new JsonSyntaxScalar(HclLiteralKind.String, reader.GetString() ?? string.Empty, RangeOf(token));
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return StringError(token, BadStringOffset(raw));
        }
    }

    /// <summary>
    /// HCL points at the bad character: the string's start plus the decoder's byte offset, counted as columns too
    /// (as HCL does). Without an offset the whole string is the subject.
    /// </summary>
    private JsonSyntaxValue? StringError((char Kind, int Start, int End) token, int? offset)
    {
        var range = RangeOf(token);
        if (offset is { } bytes)
        {
            var start = new HclPosition(range.Start.Line, range.Start.Column + bytes, range.Start.Byte + bytes);
            range = new HclRange(start, new HclPosition(start.Line, start.Column + 1, start.Byte + 1));
        }

        Diagnostics.Add(new HclDiagnostic("Invalid JSON string", "There is a syntax error in the given JSON string.", range, RangeOf(token)));
        return null;
    }

    /// <summary>The UTF-8 offset of the first character a JSON decoder rejects in a string token, or null when none.</summary>
    private static int? BadStringOffset(string raw)
    {
        var bytes = 1;
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"' && i == raw.Length - 1)
            {
                return null;
            }

            if (c < 0x20)
            {
                return bytes;
            }

            if (c == '\\')
            {
                if (i + 1 >= raw.Length)
                {
                    return bytes + 1;
                }

                var selector = raw[i + 1];
                if (selector == 'u')
                {
                    for (var h = 0; h < 4; h++)
                    {
                        if (i + 2 + h >= raw.Length || !char.IsAsciiHexDigit(raw[i + 2 + h]))
                        {
                            return bytes + 2 + h;
                        }
                    }

                    i += 5;
                    bytes += 6;
                    continue;
                }

                if (selector is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                {
                    return bytes + 1;
                }

                i++;
                bytes += 2;
                continue;
            }

            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return bytes; // no closing quote: the end of the input
    }

    private JsonSyntaxValue? ReadKeyword((char Kind, int Start, int End) token)
    {
        var word = _text[token.Start..token.End];
        return word switch
        {
            "true" or "false" => new JsonSyntaxScalar(HclLiteralKind.Boolean, word, RangeOf(token)),
            "null" => new JsonSyntaxScalar(HclLiteralKind.Null, string.Empty, RangeOf(token)),
            "undefined" or "NaN" or "Infinity" => Fail("Invalid JSON keyword", $"The JavaScript identifier \"{word}\" cannot be used in JSON.", token),
            _ => Fail("Invalid JSON keyword", $"\"{word}\" is not a valid JSON keyword.{Suggestion(word)}", token),
        };
    }

    private static string Suggestion(string word)
    {
        foreach (var keyword in new[] { "true", "false", "null" })
        {
            if (word.Length > 0 && keyword.StartsWith(word[..1], StringComparison.OrdinalIgnoreCase) && Math.Abs(keyword.Length - word.Length) <= 2)
            {
                return $" Did you mean \"{keyword}\"?";
            }
        }

        return string.Empty;
    }

    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]) || (text[i] == '0' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return false;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var digits = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var digits = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
