using System.Globalization;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>What a token of a template action is.</summary>
internal enum TokenKind
{
    /// <summary>Text outside <c>{{ }}</c>.</summary>
    Text,

    /// <summary><c>{{</c> (after trimming).</summary>
    ActionStart,

    /// <summary><c>}}</c>.</summary>
    ActionEnd,

    /// <summary>A function name or keyword (<c>if</c>, <c>range</c>, <c>true</c>…).</summary>
    Identifier,

    /// <summary><c>.</c>, <c>.Vars</c> or <c>.Vars.db.host</c>: a field chain on dot.</summary>
    Field,

    /// <summary><c>$</c>, <c>$name</c>; fields after it come as <see cref="Field"/> tokens.</summary>
    Variable,

    /// <summary>A quoted or raw string, already unescaped.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>|</c>.</summary>
    Pipe,

    /// <summary><c>(</c>.</summary>
    LeftParen,

    /// <summary><c>)</c>.</summary>
    RightParen,

    /// <summary><c>:=</c>.</summary>
    Declare,

    /// <summary><c>=</c>.</summary>
    Assign,

    /// <summary><c>,</c>.</summary>
    Comma,
}

/// <summary>One token, with the 1-based line and column (and the offset) where it starts in the goss file.</summary>
internal sealed record Token(TokenKind Kind, string Value, int Line, int Column, int Offset);

/// <summary>
/// Splits a goss file into text and the tokens of its <c>{{ … }}</c> actions, as Go's text/template reads them:
/// <c>{{- </c> and <c> -}}</c> trim the white space beside the action, <c>{{/* … */}}</c> is a comment.
/// </summary>
internal sealed class TemplateLexer(string source)
{
    private readonly List<Token> _tokens = [];
    private readonly List<int> _lineStarts = LineStarts(source);
    private int _position;

    /// <summary>The tokens; throws <see cref="TemplateException"/> at the first malformed action.</summary>
    public List<Token> Tokenize()
    {
        while (_position < source.Length)
        {
            var open = source.IndexOf("{{", _position, StringComparison.Ordinal);
            var textEnd = open < 0 ? source.Length : open;
            var trimLeft = open >= 0 && open + 3 < source.Length && source[open + 2] == '-' && IsSpace(source[open + 3]);
            var text = source[_position..textEnd];
            if (trimLeft)
            {
                text = text.TrimEnd(' ', '\t', '\r', '\n');
            }

            if (text.Length > 0)
            {
                _tokens.Add(Position(TokenKind.Text, text, _position));
            }

            if (open < 0)
            {
                break;
            }

            _position = open + (trimLeft ? 3 : 2);
            _tokens.Add(Position(TokenKind.ActionStart, "{{", open));
            var trimRight = LexAction(open);
            if (trimRight)
            {
                while (_position < source.Length && IsSpace(source[_position]))
                {
                    _position++;
                }
            }
        }

        return _tokens;
    }

    /// <summary>Reads the inside of one action up to its <c>}}</c>; true when it ends with <c> -}}</c>.</summary>
    private bool LexAction(int open)
    {
        SkipSpace();
        if (At("/*"))
        {
            var close = source.IndexOf("*/", _position + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw Error(open, "unclosed comment");
            }

            _position = close + 2;
            _tokens.RemoveAt(_tokens.Count - 1);
            SkipSpace();
            var trim = At("-}}");
            if (!trim && !At("}}"))
            {
                throw Error(_position, "a comment must end its action");
            }

            _position += trim ? 3 : 2;
            return trim;
        }

        while (true)
        {
            SkipSpace();
            if (_position >= source.Length)
            {
                throw Error(open, "unclosed action: '{{' without '}}'");
            }

            if (At("-}}") && _position > 0 && IsSpace(source[_position - 1]))
            {
                _tokens.Add(Position(TokenKind.ActionEnd, "}}", _position));
                _position += 3;
                return true;
            }

            if (At("}}"))
            {
                _tokens.Add(Position(TokenKind.ActionEnd, "}}", _position));
                _position += 2;
                return false;
            }

            var start = _position;
            var c = source[_position];
            switch (c)
            {
                case '\n':
                    throw Error(open, "unclosed action: '{{' without '}}' on its line");
                case '|':
                    _position++;
                    _tokens.Add(Position(TokenKind.Pipe, "|", start));
                    break;
                case '(':
                    _position++;
                    _tokens.Add(Position(TokenKind.LeftParen, "(", start));
                    break;
                case ')':
                    _position++;
                    _tokens.Add(Position(TokenKind.RightParen, ")", start));
                    break;
                case ',':
                    _position++;
                    _tokens.Add(Position(TokenKind.Comma, ",", start));
                    break;
                case ':' when At(":="):
                    _position += 2;
                    _tokens.Add(Position(TokenKind.Declare, ":=", start));
                    break;
                case '=':
                    _position++;
                    _tokens.Add(Position(TokenKind.Assign, "=", start));
                    break;
                case '"':
                    _tokens.Add(Position(TokenKind.String, QuotedString(), start));
                    break;
                case '`':
                    var close = source.IndexOf('`', _position + 1);
                    if (close < 0)
                    {
                        throw Error(start, "unclosed raw string");
                    }

                    _tokens.Add(Position(TokenKind.String, source[(_position + 1)..close], start));
                    _position = close + 1;
                    break;
                case '.' when _position + 1 < source.Length && char.IsAsciiDigit(source[_position + 1]):
                    _tokens.Add(Position(TokenKind.Number, NumberText(), start));
                    break;
                case '.':
                    _tokens.Add(Position(TokenKind.Field, FieldChain(), start));
                    break;
                case '$':
                    _position++;
                    _tokens.Add(Position(TokenKind.Variable, "$" + Word(), start));
                    break;
                case '-' or '+' when _position + 1 < source.Length && char.IsAsciiDigit(source[_position + 1]):
                case >= '0' and <= '9':
                    _tokens.Add(Position(TokenKind.Number, NumberText(), start));
                    break;
                default:
                    if (char.IsLetter(c) || c == '_')
                    {
                        _tokens.Add(Position(TokenKind.Identifier, Word(), start));
                        break;
                    }

                    throw Error(start, $"unexpected '{c}' in an action");
            }
        }
    }

    private string FieldChain()
    {
        var builder = new StringBuilder();
        while (_position < source.Length && source[_position] == '.')
        {
            _position++;
            builder.Append('.').Append(Word());
        }

        return builder.ToString();
    }

    private string Word()
    {
        var start = _position;
        while (_position < source.Length && (char.IsLetterOrDigit(source[_position]) || source[_position] == '_'))
        {
            _position++;
        }

        return source[start.._position];
    }

    private string NumberText()
    {
        var start = _position;
        _position++;
        while (_position < source.Length && (char.IsAsciiLetterOrDigit(source[_position]) || source[_position] is '.' or '_'))
        {
            _position++;
        }

        return source[start.._position];
    }

    private string QuotedString()
    {
        var start = _position;
        var builder = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= source.Length || source[_position] == '\n')
            {
                throw Error(start, "unclosed string");
            }

            var c = source[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= source.Length)
            {
                throw Error(start, "unclosed string");
            }

            var escape = source[_position++];
            switch (escape)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '\\' or '"' or '\'': builder.Append(escape); break;
                case 'x' when _position + 2 <= source.Length:
                    builder.Append((char)int.Parse(source.AsSpan(_position, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _position += 2;
                    break;
                case 'u' when _position + 4 <= source.Length:
                    builder.Append((char)int.Parse(source.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                default:
                    throw Error(_position - 2, $"unknown escape '\\{escape}' in a string");
            }
        }
    }

    private void SkipSpace()
    {
        while (_position < source.Length && source[_position] is ' ' or '\t' or '\r')
        {
            _position++;
        }
    }

    private bool At(string text) => string.CompareOrdinal(source, _position, text, 0, text.Length) == 0;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private Token Position(TokenKind kind, string value, int offset)
    {
        var (line, column) = LineColumn(offset);
        return new Token(kind, value, line, column, offset);
    }

    private TemplateException Error(int offset, string message)
    {
        var (line, column) = LineColumn(offset);
        return new TemplateException(line, column, message);
    }

    private (int Line, int Column) LineColumn(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
