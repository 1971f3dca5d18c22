using System.Text;

namespace IacTest.Lint.Families.Ansible.Jinja;

/// <summary>
/// Tokenizes, validates and re-spaces one Jinja expression. Validation is a small recursive-descent parser of
/// Jinja's expression grammar; re-spacing follows the layout ansible-lint asks for (Black's: single spaces around
/// binary operators and filters, none inside brackets, a space after commas).
/// </summary>
internal static class JinjaExpression
{
    private static readonly string[] Operators = ["**", "//", "==", "!=", "<=", ">=", "|", "+", "-", "*", "/", "%", "<", ">", "(", ")", "[", "]", "{", "}", ".", ",", ":", "=", "~"];
    private static readonly HashSet<string> BinaryWords = ["and", "or", "in", "is", "if", "else"];
    private static readonly HashSet<string> BinaryOperators = ["|", "+", "-", "*", "/", "//", "%", "==", "!=", "<", ">", "<=", ">=", "~", "**"];

    /// <summary>Splits an expression into tokens; false (with a message) on a character Jinja does not accept.</summary>
    public static bool TryTokenize(string text, List<JinjaToken> tokens, out string? error)
    {
        error = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new JinjaToken(JinjaTokenKind.Name, text[start..i]));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new JinjaToken(JinjaTokenKind.Number, text[start..i]));
            }
            else if (c is '"' or '\'')
            {
                var start = i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length)
                {
                    error = "unexpected end of string";
                    return false;
                }

                i++;
                tokens.Add(new JinjaToken(JinjaTokenKind.String, text[start..i]));
            }
            else
            {
                var op = Array.Find(Operators, o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
                if (op is null)
                {
                    error = $"unexpected char '{c}'";
                    return false;
                }

                tokens.Add(new JinjaToken(JinjaTokenKind.Operator, op));
                i += op.Length;
            }
        }

        return true;
    }

    /// <summary>Checks the tokens form one expression; returns the syntax error, or null.</summary>
    public static string? Validate(IReadOnlyList<JinjaToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return "Expected an expression, got 'end of print statement'";
        }

        var parser = new Parser(tokens);
        return parser.ParseAll();
    }

    /// <summary>The expression re-spaced, or null when it uses syntax the layout cannot judge (<c>~</c>, tests with bare arguments).</summary>
    public static string? Format(IReadOnlyList<JinjaToken> tokens)
    {
        var builder = new StringBuilder();
        var brackets = new Stack<string>();
        JinjaToken? previous = null;
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (token.Is("~"))
            {
                return null;
            }

            var unary = previous is null || IsOperand(previous.Value) is false;
            string separator;
            if (previous is null)
            {
                separator = string.Empty;
            }
            else if (token.Is(",") || token.Is(")") || token.Is("]") || token.Is("}") || token.Is(".") || previous.Value.Is(".")
                || previous.Value.Is("(") || previous.Value.Is("[") || previous.Value.Is("{"))
            {
                separator = string.Empty;
            }
            else if ((token.Is("(") || token.Is("[")) && IsOperand(previous.Value))
            {
                separator = string.Empty;
            }
            else if (token.Is(":"))
            {
                separator = string.Empty;
            }
            else if (previous.Value.Is(":"))
            {
                separator = brackets.TryPeek(out var open) && open == "[" ? string.Empty : " ";
            }
            else if (token.Is("=") || previous.Value.Is("="))
            {
                separator = brackets.TryPeek(out var open) && open == "(" ? string.Empty : " ";
            }
            else if (previous.Value.Is(","))
            {
                separator = " ";
            }
            else if ((previous.Value.Is("-") || previous.Value.Is("+")) && WasUnary(tokens, index - 1))
            {
                separator = string.Empty;
            }
            else
            {
                separator = " ";
            }

            _ = unary;
            builder.Append(separator).Append(token.Text);
            if (token.Is("(") || token.Is("[") || token.Is("{"))
            {
                brackets.Push(token.Text);
            }
            else if ((token.Is(")") || token.Is("]") || token.Is("}")) && brackets.Count > 0)
            {
                brackets.Pop();
            }

            previous = token;
        }

        return builder.ToString();
    }

    private static bool WasUnary(IReadOnlyList<JinjaToken> tokens, int index) =>
        index == 0 || !IsOperand(tokens[index - 1]);

    private static bool IsOperand(JinjaToken token) => token.Kind switch
    {
        JinjaTokenKind.Name => !BinaryWords.Contains(token.Text) && token.Text != "not",
        JinjaTokenKind.Number or JinjaTokenKind.String => true,
        _ => token.Is(")") || token.Is("]") || token.Is("}"),
    };

    /// <summary>A recursive-descent check of Jinja's expression grammar.</summary>
    private sealed class Parser(IReadOnlyList<JinjaToken> tokens)
    {
        private int _index;

        private JinjaToken? Current => _index < tokens.Count ? tokens[_index] : null;

        public string? ParseAll()
        {
            var error = Expression();
            if (error is null && Current is { } extra)
            {
                error = $"expected token 'end of print statement', got '{extra.Text}'";
            }

            return error;
        }

        private string? Expression()
        {
            var error = Binary();
            if (error is null && Current is { } token && token.Is("if"))
            {
                _index++;
                error = Binary();
                if (error is null && Current is { } other && other.Is("else"))
                {
                    _index++;
                    error = Expression();
                }
            }

            return error;
        }

        private string? Binary()
        {
            var error = Unary();
            while (error is null && Current is { } token)
            {
                if (token.Kind == JinjaTokenKind.Operator && BinaryOperators.Contains(token.Text) && token.Text != "|")
                {
                    _index++;
                    error = Unary();
                }
                else if (token.Is("and") || token.Is("or") || token.Is("in"))
                {
                    _index++;
                    error = Unary();
                }
                else if (token.Is("not") && _index + 1 < tokens.Count && tokens[_index + 1].Is("in"))
                {
                    _index += 2;
                    error = Unary();
                }
                else
                {
                    break;
                }
            }

            return error;
        }

        private string? Unary()
        {
            if (Current is { } token && (token.Is("not") || token.Is("-") || token.Is("+")))
            {
                _index++;
                return Unary();
            }

            return Postfix();
        }

        private string? Postfix()
        {
            var error = Primary();
            while (error is null && Current is { } token)
            {
                if (token.Is("."))
                {
                    _index++;
                    error = Current is { Kind: JinjaTokenKind.Name or JinjaTokenKind.Number } ? Advance() : Unexpected("name");
                }
                else if (token.Is("["))
                {
                    _index++;
                    error = Subscript();
                }
                else if (token.Is("("))
                {
                    _index++;
                    error = Sequence(")", allowKeywords: true);
                }
                else if (token.Is("|"))
                {
                    _index++;
                    error = FilterOrTest();
                }
                else if (token.Is("is"))
                {
                    _index++;
                    if (Current is { } not && not.Is("not"))
                    {
                        _index++;
                    }

                    error = FilterOrTest();
                    if (error is null && Current is { Kind: JinjaTokenKind.Name or JinjaTokenKind.Number or JinjaTokenKind.String } argument
                        && !BinaryWords.Contains(argument.Text) && argument.Text != "not")
                    {
                        error = Primary();
                    }
                }
                else
                {
                    break;
                }
            }

            return error;
        }

        private string? FilterOrTest()
        {
            if (Current is not { Kind: JinjaTokenKind.Name })
            {
                return Unexpected("name");
            }

            _index++;
            while (Current is { } dot && dot.Is(".") && _index + 1 < tokens.Count && tokens[_index + 1].Kind == JinjaTokenKind.Name)
            {
                _index += 2;
            }

            if (Current is { } open && open.Is("("))
            {
                _index++;
                return Sequence(")", allowKeywords: true);
            }

            return null;
        }

        private string? Subscript()
        {
            var error = Current is { } colon && colon.Is(":") ? null : Expression();
            while (error is null && Current is { } token && token.Is(":"))
            {
                _index++;
                if (Current is { } next && !next.Is("]") && !next.Is(":"))
                {
                    error = Expression();
                }
            }

            return error ?? Expect("]");
        }

        private string? Primary()
        {
            if (Current is not { } token)
            {
                return "unexpected end of template";
            }

            switch (token.Kind)
            {
                case JinjaTokenKind.Name when !BinaryWords.Contains(token.Text):
                case JinjaTokenKind.Number:
                    _index++;
                    return null;
                case JinjaTokenKind.String:
                    while (Current is { Kind: JinjaTokenKind.String })
                    {
                        _index++;
                    }

                    return null;
            }

            if (token.Is("("))
            {
                _index++;
                return Sequence(")", allowKeywords: false);
            }

            if (token.Is("["))
            {
                _index++;
                return Sequence("]", allowKeywords: false);
            }

            if (token.Is("{"))
            {
                _index++;
                return Dict();
            }

            return $"unexpected '{token.Text}'";
        }

        private string? Sequence(string close, bool allowKeywords)
        {
            while (Current is { } token && !token.Is(close))
            {
                if (allowKeywords && token.Kind == JinjaTokenKind.Name && _index + 1 < tokens.Count && tokens[_index + 1].Is("="))
                {
                    _index += 2;
                }

                var error = Expression();
                if (error is not null)
                {
                    return error;
                }

                if (Current is { } comma && comma.Is(","))
                {
                    _index++;
                }
                else
                {
                    break;
                }
            }

            return Expect(close);
        }

        private string? Dict()
        {
            while (Current is { } token && !token.Is("}"))
            {
                var error = Expression() ?? Expect(":") ?? Expression();
                if (error is not null)
                {
                    return error;
                }

                if (Current is { } comma && comma.Is(","))
                {
                    _index++;
                }
                else
                {
                    break;
                }
            }

            return Expect("}");
        }

        private string? Expect(string text)
        {
            if (Current is { } token && token.Is(text))
            {
                _index++;
                return null;
            }

            return Unexpected($"'{text}'");
        }

        private string? Advance()
        {
            _index++;
            return null;
        }

        private string Unexpected(string expected) =>
            Current is { } token ? $"expected {expected}, got '{token.Text}'" : $"unexpected end of template, expected {expected}";
    }
}
