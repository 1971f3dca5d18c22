using System.Globalization;

namespace IacTest.Lint.Hcl;

/// <summary>
/// Splits HCL native syntax into tokens the way HashiCorp's scanner does: expressions, quoted templates and heredocs
/// are three modes kept on an explicit stack (never recursion), so hostile nesting cannot exhaust the call stack.
/// </summary>
internal static class HclLexer
{
    private enum Mode
    {
        Expression,
        Quoted,
        Heredoc,
    }

    private sealed class Frame(Mode mode, string marker = "")
    {
        public Mode Mode { get; } = mode;

        public string Marker { get; } = marker;

        public bool StartOfLine { get; set; } = true;
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with one <see cref="HclTokenKind.EndOfFile"/>.</summary>
    public static IReadOnlyList<HclToken> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<HclToken>();
        var cursor = new SourceCursor(text);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (start == 1)
        {
            cursor.SkipByteOrderMark();
        }
        var frames = new Stack<Frame>();
        frames.Push(new Frame(Mode.Expression));
        var braces = 0;
        var returnBraces = new Stack<int>();
        var i = start;

        void Emit(HclTokenKind kind, int from, int to) =>
            tokens.Add(new HclToken(kind, new HclRange(cursor.At(from), cursor.At(to)), text[from..to]));

        void EnterSequence(HclTokenKind kind, int length)
        {
            Emit(kind, i, i + length);
            braces++;
            returnBraces.Push(braces);
            frames.Peek().StartOfLine = false;
            frames.Push(new Frame(Mode.Expression));
            i += length;
        }

        while (i < text.Length)
        {
            var frame = frames.Peek();
            switch (frame.Mode)
            {
                case Mode.Quoted:
                    {
                        var sequence = SequenceStart(text, i);
                        if (sequence > 0)
                        {
                            EnterSequence(text[i] == '$' ? HclTokenKind.TemplateInterpolation : HclTokenKind.TemplateControl, sequence);
                        }
                        else if (text[i] == '"')
                        {
                            Emit(HclTokenKind.CloseQuote, i, i + 1);
                            i++;
                            frames.Pop();
                        }
                        else if (text[i] is '\r' or '\n')
                        {
                            var end = i;
                            while (end < text.Length && text[end] is '\r' or '\n')
                            {
                                end++;
                            }

                            Emit(HclTokenKind.QuotedNewline, i, end);
                            i = end;
                        }
                        else if (text[i] == '\\' && (i + 1 >= text.Length || text[i + 1] is '\r' or '\n'))
                        {
                            Emit(HclTokenKind.Invalid, i, i + 1);
                            i++;
                        }
                        else
                        {
                            var end = LiteralEnd(text, i, quoted: true);
                            Emit(HclTokenKind.QuotedLiteral, i, end);
                            i = end;
                        }

                        break;
                    }

                case Mode.Heredoc:
                    {
                        var sequence = SequenceStart(text, i);
                        if (sequence > 0)
                        {
                            EnterSequence(text[i] == '$' ? HclTokenKind.TemplateInterpolation : HclTokenKind.TemplateControl, sequence);
                            break;
                        }

                        var end = LiteralEnd(text, i, quoted: false);
                        var lineBreak = end < text.Length && text[end] == '\n' ? 1 : end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 0;
                        if (lineBreak == 0)
                        {
                            if (end == i)
                            {
                                // A lone carriage return: literal text, as there is nothing else it could be.
                                end++;
                            }

                            frame.StartOfLine = false;
                            Emit(HclTokenKind.StringLiteral, i, end);
                            i = end;
                            break;
                        }

                        if (frame.StartOfLine && text.AsSpan(i, end - i).Trim(" \t").SequenceEqual(frame.Marker))
                        {
                            Emit(HclTokenKind.CloseHeredoc, i, end);
                            Emit(HclTokenKind.Newline, end, end + lineBreak);
                            i = end + lineBreak;
                            frames.Pop();
                            break;
                        }

                        frame.StartOfLine = true;
                        Emit(HclTokenKind.StringLiteral, i, end + lineBreak);
                        i = end + lineBreak;
                        break;
                    }

                default:
                    i = ScanExpressionToken(text, i, frames, ref braces, returnBraces, Emit);
                    break;
            }
        }

        var endPosition = cursor.At(text.Length);
        tokens.Add(new HclToken(HclTokenKind.EndOfFile, HclRange.At(endPosition), string.Empty));
        return tokens;
    }

    private static int ScanExpressionToken(string text, int i, Stack<Frame> frames, ref int braces, Stack<int> returnBraces, Action<HclTokenKind, int, int> emit)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case ' ' or '\t':
                {
                    var end = i;
                    while (end < text.Length && text[end] is ' ' or '\t')
                    {
                        end++;
                    }

                    return end;
                }

            case '\n':
                emit(HclTokenKind.Newline, i, i + 1);
                return i + 1;
            case '\r' when next == '\n':
                emit(HclTokenKind.Newline, i, i + 2);
                return i + 2;
            case '#':
                return EmitLineComment(text, i, emit);
            case '/' when next == '/':
                return EmitLineComment(text, i, emit);
            case '/' when next == '*':
                {
                    var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        break; // An unclosed block comment is not a comment to HCL: a slash, then whatever follows.
                    }

                    emit(HclTokenKind.Comment, i, close + 2);
                    return close + 2;
                }

            case '{':
                emit(HclTokenKind.OpenBrace, i, i + 1);
                braces++;
                return i + 1;
            case '}':
                if (returnBraces.Count > 0 && returnBraces.Peek() == braces)
                {
                    emit(HclTokenKind.TemplateSequenceEnd, i, i + 1);
                    returnBraces.Pop();
                    frames.Pop();
                }
                else
                {
                    emit(HclTokenKind.CloseBrace, i, i + 1);
                }

                braces--;
                return i + 1;
            case '~' when next == '}':
                // Always a sequence end, even where a plain brace was meant, so the parser can say so.
                emit(HclTokenKind.TemplateSequenceEnd, i, i + 2);
                if (returnBraces.Count > 0 && returnBraces.Peek() == braces)
                {
                    returnBraces.Pop();
                    frames.Pop();
                }

                braces--;
                return i + 2;
            case '"':
                emit(HclTokenKind.OpenQuote, i, i + 1);
                frames.Push(new Frame(Mode.Quoted));
                return i + 1;
            case '<' when next == '<':
                {
                    var heredoc = HeredocIntroducer(text, i, out var marker);
                    if (heredoc > 0)
                    {
                        emit(HclTokenKind.OpenHeredoc, i, heredoc);
                        frames.Push(new Frame(Mode.Heredoc, marker));
                        return heredoc;
                    }

                    break;
                }
        }

        if (c is >= '0' and <= '9')
        {
            var end = NumberEnd(text, i);
            emit(HclTokenKind.Number, i, end);
            return end;
        }

        if (IsIdentifierStart(text, i))
        {
            var end = IdentifierEnd(text, i);
            emit(HclTokenKind.Identifier, i, end);
            return end;
        }

        var (kind, length) = Operator(c, next, i + 2 < text.Length ? text[i + 2] : '\0');
        var width = kind == HclTokenKind.Invalid && char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : length;
        emit(kind, i, i + width);
        return i + width;
    }

    private static (HclTokenKind Kind, int Length) Operator(char c, char next, char third) => (c, next) switch
    {
        ('=', '=') => (HclTokenKind.EqualOperator, 2),
        ('!', '=') => (HclTokenKind.NotEqual, 2),
        ('>', '=') => (HclTokenKind.GreaterThanOrEqual, 2),
        ('<', '=') => (HclTokenKind.LessThanOrEqual, 2),
        ('&', '&') => (HclTokenKind.And, 2),
        ('|', '|') => (HclTokenKind.Or, 2),
        (':', ':') => (HclTokenKind.DoubleColon, 2),
        ('.', '.') when third == '.' => (HclTokenKind.Ellipsis, 3),
        ('=', '>') => (HclTokenKind.FatArrow, 2),
        ('[', _) => (HclTokenKind.OpenBracket, 1),
        (']', _) => (HclTokenKind.CloseBracket, 1),
        ('(', _) => (HclTokenKind.OpenParen, 1),
        (')', _) => (HclTokenKind.CloseParen, 1),
        ('.', _) => (HclTokenKind.Dot, 1),
        (',', _) => (HclTokenKind.Comma, 1),
        ('*', _) => (HclTokenKind.Star, 1),
        ('/', _) => (HclTokenKind.Slash, 1),
        ('%', _) => (HclTokenKind.Percent, 1),
        ('+', _) => (HclTokenKind.Plus, 1),
        ('-', _) => (HclTokenKind.Minus, 1),
        ('=', _) => (HclTokenKind.Equal, 1),
        ('<', _) => (HclTokenKind.LessThan, 1),
        ('>', _) => (HclTokenKind.GreaterThan, 1),
        ('!', _) => (HclTokenKind.Bang, 1),
        ('?', _) => (HclTokenKind.Question, 1),
        (':', _) => (HclTokenKind.Colon, 1),
        ('&', _) => (HclTokenKind.BitwiseAnd, 1),
        ('|', _) => (HclTokenKind.BitwiseOr, 1),
        ('^', _) => (HclTokenKind.BitwiseXor, 1),
        ('~', _) => (HclTokenKind.BitwiseNot, 1),
        (';', _) => (HclTokenKind.Semicolon, 1),
        ('`', _) => (HclTokenKind.Backtick, 1),
        ('\'', _) => (HclTokenKind.Apostrophe, 1),
        _ => (HclTokenKind.Invalid, 1),
    };

    private static int EmitLineComment(string text, int i, Action<HclTokenKind, int, int> emit)
    {
        var newline = text.IndexOf('\n', i);
        var end = newline < 0 ? text.Length : newline + 1;
        emit(HclTokenKind.Comment, i, end);
        return end;
    }

    /// <summary>The length of <c>${</c>, <c>${~</c>, <c>%{</c> or <c>%{~</c> at <paramref name="i"/>, or 0.</summary>
    private static int SequenceStart(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] is not ('$' or '%') || text[i + 1] != '{')
        {
            return 0;
        }

        return i + 2 < text.Length && text[i + 2] == '~' ? 3 : 2;
    }

    /// <summary>
    /// The end of literal template text from <paramref name="i"/>: up to a line break, a template sequence, and in a
    /// quoted string the closing quote. <c>$${</c> and <c>%%{</c> are escapes and stay literal.
    /// </summary>
    private static int LiteralEnd(string text, int i, bool quoted)
    {
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (c is '\n' || (c == '\r' && (quoted || (end + 1 < text.Length && text[end + 1] == '\n'))))
            {
                break;
            }

            if (quoted && c == '"')
            {
                break;
            }

            if (c is '$' or '%')
            {
                if (end + 2 < text.Length && text[end + 1] == c && text[end + 2] == '{')
                {
                    end += 3;
                    continue;
                }

                if (end + 1 < text.Length && text[end + 1] == '{')
                {
                    break;
                }

                end++;
                continue;
            }

            if (quoted && c == '\\')
            {
                if (end + 1 >= text.Length || text[end + 1] is '\r' or '\n')
                {
                    break;
                }

                end += char.IsHighSurrogate(text[end + 1]) && end + 2 < text.Length ? 3 : 2;
                continue;
            }

            end++;
        }

        return end;
    }

    /// <summary>The end of <c>&lt;&lt;[-]IDENT</c> plus its line break at <paramref name="i"/>, or 0 when it is not one.</summary>
    private static int HeredocIntroducer(string text, int i, out string marker)
    {
        marker = string.Empty;
        var nameStart = i + 2;
        if (nameStart < text.Length && text[nameStart] == '-')
        {
            nameStart++;
        }

        if (nameStart >= text.Length || !IsIdentifierStart(text, nameStart))
        {
            return 0;
        }

        var nameEnd = IdentifierEnd(text, nameStart);
        if (nameEnd < text.Length && text[nameEnd] == '\n')
        {
            marker = text[nameStart..nameEnd];
            return nameEnd + 1;
        }

        if (nameEnd + 1 < text.Length && text[nameEnd] == '\r' && text[nameEnd + 1] == '\n')
        {
            marker = text[nameStart..nameEnd];
            return nameEnd + 2;
        }

        return 0;
    }

    /// <summary>
    /// A number is a digit followed by digits, dots and exponents (<c>e</c>, <c>E</c>, with an optional sign, then a
    /// digit), never ending in a dot: <c>1.</c> is the number 1 then a dot, which is what makes <c>a.0.b</c> work.
    /// </summary>
    private static int NumberEnd(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (c is (>= '0' and <= '9') or '.')
            {
                end++;
            }
            else if (c is 'e' or 'E' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                end += 2;
            }
            else if (c is 'e' or 'E' && end + 2 < text.Length && text[end + 1] is '+' or '-' && char.IsAsciiDigit(text[end + 2]))
            {
                end += 3;
            }
            else
            {
                break;
            }
        }

        while (text[end - 1] == '.')
        {
            end--;
        }

        return end;
    }

    private static bool IsIdentifierStart(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) || c == '_';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    private static int IdentifierEnd(string text, int i)
    {
        var end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1);
        while (end < text.Length)
        {
            var c = text[end];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
                {
                    end++;
                    continue;
                }

                break;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(text, end);
            var continues = IsIdentifierStart(text, end) || category is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (!continues)
            {
                break;
            }

            end += char.IsHighSurrogate(c) && end + 1 < text.Length ? 2 : 1;
        }

        return end;
    }
}
