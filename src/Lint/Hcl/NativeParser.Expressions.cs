namespace IacTest.Lint.Hcl;

/// <summary>Expressions: operators by precedence, terms, traversals, calls, collections and for expressions.</summary>
internal sealed partial class NativeParser
{
    /// <summary>Binary operators from the loosest to the tightest binding, as HCL ranks them.</summary>
    private static readonly Dictionary<HclTokenKind, HclBinaryOperator>[] BinaryLevels =
    [
        new() { [HclTokenKind.Or] = HclBinaryOperator.Or },
        new() { [HclTokenKind.And] = HclBinaryOperator.And },
        new() { [HclTokenKind.EqualOperator] = HclBinaryOperator.Equal, [HclTokenKind.NotEqual] = HclBinaryOperator.NotEqual },
        new()
        {
            [HclTokenKind.GreaterThan] = HclBinaryOperator.GreaterThan, [HclTokenKind.GreaterThanOrEqual] = HclBinaryOperator.GreaterThanOrEqual,
            [HclTokenKind.LessThan] = HclBinaryOperator.LessThan, [HclTokenKind.LessThanOrEqual] = HclBinaryOperator.LessThanOrEqual,
        },
        new() { [HclTokenKind.Plus] = HclBinaryOperator.Add, [HclTokenKind.Minus] = HclBinaryOperator.Subtract },
        new() { [HclTokenKind.Star] = HclBinaryOperator.Multiply, [HclTokenKind.Slash] = HclBinaryOperator.Divide, [HclTokenKind.Percent] = HclBinaryOperator.Modulo },
    ];

    private int ErrorCount => _diagnostics.Count;

    public HclExpression ParseExpression()
    {
        var start = _peeker.NextRange;
        if (!Enter(start))
        {
            return Placeholder(start);
        }

        try
        {
            return ParseConditional();
        }
        finally
        {
            Leave();
        }
    }

    private HclExpression ParseConditional()
    {
        var startRange = _peeker.NextRange;
        var before = ErrorCount;
        var condition = ParseBinary(0);
        if (_recovery && ErrorCount > before)
        {
            return condition;
        }

        if (_peeker.Peek().Kind != HclTokenKind.Question)
        {
            return condition;
        }

        _peeker.Read();
        before = ErrorCount;
        var whenTrue = ParseExpression();
        if (_recovery && ErrorCount > before)
        {
            return condition;
        }

        var colon = _peeker.Peek();
        if (colon.Kind != HclTokenKind.Colon)
        {
            Error("Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, delimited by a colon.", colon.Range, HclRange.Between(startRange, colon.Range));
            return condition;
        }

        _peeker.Read();
        before = ErrorCount;
        var whenFalse = ParseExpression();
        if (_recovery && ErrorCount > before)
        {
            return condition;
        }

        return new HclConditionalExpression(condition, whenTrue, whenFalse, HclRange.Between(startRange, whenFalse.Range));
    }

    private HclExpression ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseTermWithTraversals();
        }

        var operators = BinaryLevels[level];
        var before = ErrorCount;
        var left = ParseBinary(level + 1);
        if (_recovery && ErrorCount > before)
        {
            return left;
        }

        // Same-level operators combine from the left: a - b - c is (a - b) - c.
        while (operators.TryGetValue(_peeker.Peek().Kind, out var @operator))
        {
            _peeker.Read();
            before = ErrorCount;
            var right = ParseBinary(level + 1);
            if (_recovery && ErrorCount > before)
            {
                return left;
            }

            left = new HclBinaryExpression(left, @operator, right);
        }

        return left;
    }

    private HclExpression ParseTermWithTraversals() => ParseTraversals(ParseTerm());

    private HclExpression ParseTerm()
    {
        var start = _peeker.Peek();
        switch (start.Kind)
        {
            case HclTokenKind.OpenParen:
                return ParseParentheses();
            case HclTokenKind.Number:
                _peeker.Read();
                return NumberLiteral(start);
            case HclTokenKind.Identifier:
                _peeker.Read();
                if (_peeker.Peek().Kind is HclTokenKind.OpenParen or HclTokenKind.DoubleColon)
                {
                    return FinishFunctionCall(start);
                }

                return start.Text switch
                {
                    "true" or "false" => new HclLiteralExpression(HclLiteralKind.Boolean, start.Text, start.Range),
                    "null" => new HclLiteralExpression(HclLiteralKind.Null, string.Empty, start.Range),
                    _ => new HclScopeTraversalExpression(start.Text, start.Range),
                };
            case HclTokenKind.OpenQuote or HclTokenKind.OpenHeredoc:
                return ParseTemplateTerm();
            case HclTokenKind.Minus or HclTokenKind.Bang:
                {
                    _peeker.Read();
                    if (!Enter(start.Range))
                    {
                        return Placeholder(start.Range);
                    }

                    try
                    {
                        // Only the term binds to the sign: -46+5 is (-46)+5.
                        var operand = ParseTermWithTraversals();
                        return new HclUnaryExpression(start.Kind == HclTokenKind.Bang, operand, start.Range);
                    }
                    finally
                    {
                        Leave();
                    }
                }

            case HclTokenKind.OpenBracket:
                return ParseTuple();
            case HclTokenKind.OpenBrace:
                return ParseObject();
            default:
                if (start.Kind == HclTokenKind.EndOfFile)
                {
                    ErrorUnlessRecovering("Missing expression", "Expected the start of an expression, but found the end of the file.", start.Range);
                }
                else
                {
                    ErrorUnlessRecovering("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start.Range);
                }

                _recovery = true;
                return Placeholder(start.Range);
        }
    }

    private HclExpression ParseParentheses()
    {
        var open = _peeker.Read();
        _peeker.PushIncludeNewlines(false);
        var before = ErrorCount;
        var inner = ParseExpression();
        if (ErrorCount > before)
        {
            Recover(HclTokenKind.CloseParen);
            _peeker.PopIncludeNewlines();
            return inner;
        }

        var close = _peeker.Peek();
        if (close.Kind != HclTokenKind.CloseParen)
        {
            Error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", close.Range, HclRange.Between(open.Range, close.Range));
            _recovery = true;
        }

        var closeParen = _peeker.Read();
        _peeker.PopIncludeNewlines();
        return new HclParenthesesExpression(inner, HclRange.Between(open.Range, closeParen.Range));
    }

    private HclLiteralExpression NumberLiteral(HclToken token)
    {
        if (!IsNumber(token.Text))
        {
            Error("Invalid number literal", "Failed to recognize the value of this number literal.", token.Range);
            return new HclLiteralExpression(HclLiteralKind.Unknown, token.Text, token.Range);
        }

        return new HclLiteralExpression(HclLiteralKind.Number, token.Text, token.Range);
    }

    /// <summary>Digits, an optional fraction and an optional exponent, as HCL's number conversion accepts.</summary>
    private static bool IsNumber(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
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

    private HclExpression FinishFunctionCall(HclToken name)
    {
        var open = _peeker.Read();
        var fullName = name.Text;
        var nameEnd = name.Range;
        while (open.Kind == HclTokenKind.DoubleColon)
        {
            var part = _peeker.Read();
            if (part.Kind != HclTokenKind.Identifier)
            {
                Error("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", part.Range, HclRange.Between(name.Range, part.Range));
                RecoverOver(HclTokenKind.OpenParen);
                return Placeholder(HclRange.Between(name.Range, part.Range));
            }

            fullName += "::" + part.Text;
            nameEnd = part.Range;
            open = _peeker.Read();
        }

        var nameRange = HclRange.Between(name.Range, nameEnd);
        if (open.Kind != HclTokenKind.OpenParen)
        {
            Error("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", open.Range, HclRange.Between(name.Range, open.Range));
            RecoverOver(HclTokenKind.OpenParen);
            return Placeholder(HclRange.Between(name.Range, open.Range));
        }

        var arguments = new List<HclExpression>();
        var expandFinal = false;
        var close = open;
        _peeker.PushIncludeNewlines(false);
        while (true)
        {
            if (_peeker.Peek().Kind == HclTokenKind.CloseParen)
            {
                close = _peeker.Read();
                break;
            }

            var before = ErrorCount;
            arguments.Add(ParseExpression());
            if (_recovery && ErrorCount > before)
            {
                var recovered = Recover(HclTokenKind.CloseParen);
                if (recovered.Kind == HclTokenKind.CloseParen)
                {
                    close = recovered;
                }

                break;
            }

            var separator = _peeker.Read();
            if (separator.Kind == HclTokenKind.CloseParen)
            {
                close = separator;
                break;
            }

            if (separator.Kind == HclTokenKind.Ellipsis)
            {
                expandFinal = true;
                if (_peeker.Peek().Kind != HclTokenKind.CloseParen)
                {
                    ErrorUnlessRecovering("Missing closing parenthesis", "An expanded function argument (with ...) must be immediately followed by closing parentheses.", separator.Range, HclRange.Between(name.Range, separator.Range));
                    close = Recover(HclTokenKind.CloseParen);
                }
                else
                {
                    close = _peeker.Read();
                }

                break;
            }

            if (separator.Kind != HclTokenKind.Comma)
            {
                if (separator.Kind == HclTokenKind.EndOfFile)
                {
                    Error("Unterminated function call", "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.", HclRange.Between(name.Range, open.Range));
                }
                else
                {
                    Error("Missing argument separator", "A comma is required to separate each function argument from the next.", separator.Range, HclRange.Between(name.Range, separator.Range));
                }

                close = Recover(HclTokenKind.CloseParen);
                break;
            }

            if (_peeker.Peek().Kind == HclTokenKind.CloseParen)
            {
                close = _peeker.Read();
                break;
            }
        }

        _peeker.PopIncludeNewlines();
        return new HclFunctionCallExpression(fullName, nameRange, arguments, expandFinal, open.Range, close.Range);
    }

    private HclExpression ParseTuple()
    {
        var open = _peeker.Read();
        _peeker.PushIncludeNewlines(false);
        try
        {
            if (IsKeyword(_peeker.Peek(), "for"))
            {
                return FinishFor(open);
            }

            var items = new List<HclExpression>();
            HclToken close;
            while (true)
            {
                if (_peeker.Peek().Kind == HclTokenKind.CloseBracket)
                {
                    close = _peeker.Read();
                    break;
                }

                var before = ErrorCount;
                items.Add(ParseExpression());
                if (_recovery && ErrorCount > before)
                {
                    close = Recover(HclTokenKind.CloseBracket);
                    break;
                }

                var next = _peeker.Peek();
                if (next.Kind == HclTokenKind.CloseBracket)
                {
                    close = _peeker.Read();
                    break;
                }

                if (next.Kind != HclTokenKind.Comma)
                {
                    if (next.Kind == HclTokenKind.EndOfFile)
                    {
                        ErrorUnlessRecovering("Unterminated tuple constructor expression", "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.", open.Range);
                    }
                    else
                    {
                        ErrorUnlessRecovering("Missing item separator", "Expected a comma to mark the beginning of the next item.", next.Range, HclRange.Between(open.Range, next.Range));
                    }

                    close = Recover(HclTokenKind.CloseBracket);
                    break;
                }

                _peeker.Read();
            }

            return new HclTupleExpression(items, HclRange.Between(open.Range, close.Range));
        }
        finally
        {
            _peeker.PopIncludeNewlines();
        }
    }

    private HclExpression ParseObject()
    {
        var open = _peeker.Read();
        _peeker.PushIncludeNewlines(false);
        var isFor = IsKeyword(_peeker.Peek(), "for");
        _peeker.PopIncludeNewlines();
        if (isFor)
        {
            _peeker.PushIncludeNewlines(false);
            try
            {
                return FinishFor(open);
            }
            finally
            {
                _peeker.PopIncludeNewlines();
            }
        }

        _peeker.PushIncludeNewlines(true);
        try
        {
            var items = new List<HclObjectItem>();
            HclToken close;
            while (true)
            {
                var next = _peeker.Peek();
                if (next.Kind == HclTokenKind.Newline)
                {
                    _peeker.Read();
                    continue;
                }

                if (next.Kind == HclTokenKind.CloseBrace)
                {
                    close = _peeker.Read();
                    break;
                }

                var forceNonLiteral = next.Kind == HclTokenKind.OpenParen;
                var before = ErrorCount;
                var keyExpression = ParseExpression();
                if (_recovery && ErrorCount > before)
                {
                    close = Recover(HclTokenKind.CloseBrace);
                    break;
                }

                var key = new HclObjectKeyExpression(keyExpression, forceNonLiteral);
                next = _peeker.Peek();
                if (next.Kind is not (HclTokenKind.Equal or HclTokenKind.Colon))
                {
                    var context = HclRange.Between(open.Range, next.Range);
                    switch (next.Kind)
                    {
                        case HclTokenKind.Newline or HclTokenKind.Comma:
                            ErrorUnlessRecovering("Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").", next.Range, context);
                            break;
                        case HclTokenKind.Identifier:
                            ErrorUnlessRecovering("Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.", next.Range, context);
                            break;
                        case HclTokenKind.EndOfFile:
                            ErrorUnlessRecovering("Unterminated object constructor expression", "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.", open.Range);
                            break;
                        default:
                            ErrorUnlessRecovering("Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", next.Range, context);
                            break;
                    }

                    close = Recover(HclTokenKind.CloseBrace);
                    break;
                }

                _peeker.Read();
                before = ErrorCount;
                var value = ParseExpression();
                items.Add(new HclObjectItem(key, value));
                if (_recovery && ErrorCount > before)
                {
                    close = Recover(HclTokenKind.CloseBrace);
                    break;
                }

                next = _peeker.Peek();
                if (next.Kind == HclTokenKind.CloseBrace)
                {
                    close = _peeker.Read();
                    break;
                }

                if (next.Kind is not (HclTokenKind.Comma or HclTokenKind.Newline))
                {
                    if (next.Kind == HclTokenKind.EndOfFile)
                    {
                        ErrorUnlessRecovering("Unterminated object constructor expression", "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.", open.Range);
                    }
                    else
                    {
                        ErrorUnlessRecovering("Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.", next.Range, HclRange.Between(open.Range, next.Range));
                    }

                    close = Recover(HclTokenKind.CloseBrace);
                    break;
                }

                _peeker.Read();
            }

            return new HclObjectExpression(items, HclRange.Between(open.Range, close.Range));
        }
        finally
        {
            _peeker.PopIncludeNewlines();
        }
    }

    private static bool IsKeyword(HclToken token, string keyword) => token.Kind == HclTokenKind.Identifier && token.Text == keyword;

    private HclExpression FinishFor(HclToken open)
    {
        _peeker.PushIncludeNewlines(false);
        try
        {
            _peeker.Read(); // "for"
            var makeObject = open.Kind == HclTokenKind.OpenBrace;
            var closeKind = makeObject ? HclTokenKind.CloseBrace : HclTokenKind.CloseBracket;

            HclExpression Fail(string detail)
            {
                ErrorUnlessRecovering("Invalid 'for' expression", detail, _peeker.NextRange, HclRange.Between(open.Range, _peeker.NextRange));
                var recovered = Recover(closeKind);
                return Placeholder(HclRange.Between(open.Range, recovered.Range));
            }

            if (_peeker.Peek().Kind != HclTokenKind.Identifier)
            {
                return Fail("For expression requires variable name after 'for'.");
            }

            string? keyName = null;
            var valueName = _peeker.Read().Text;
            if (_peeker.Peek().Kind == HclTokenKind.Comma)
            {
                keyName = valueName;
                _peeker.Read();
                if (_peeker.Peek().Kind != HclTokenKind.Identifier)
                {
                    return Fail("For expression requires value variable name after comma.");
                }

                valueName = _peeker.Read().Text;
            }

            if (!IsKeyword(_peeker.Peek(), "in"))
            {
                return Fail("For expression requires the 'in' keyword after its name declarations.");
            }

            _peeker.Read();
            var before = ErrorCount;
            var collection = ParseExpression();
            if (_recovery && ErrorCount > before)
            {
                return Placeholder(HclRange.Between(open.Range, Recover(closeKind).Range));
            }

            if (_peeker.Peek().Kind != HclTokenKind.Colon)
            {
                return Fail("For expression requires a colon after the collection expression.");
            }

            _peeker.Read();
            HclExpression? keyExpression = null;
            before = ErrorCount;
            var valueExpression = ParseExpression();
            if (_peeker.Peek().Kind == HclTokenKind.FatArrow)
            {
                _peeker.Read();
                keyExpression = valueExpression;
                valueExpression = ParseExpression();
            }

            if (_recovery && ErrorCount > before)
            {
                return Placeholder(HclRange.Between(open.Range, Recover(closeKind).Range));
            }

            var grouping = false;
            HclToken ellipsis = default;
            if (_peeker.Peek().Kind == HclTokenKind.Ellipsis)
            {
                ellipsis = _peeker.Read();
                grouping = true;
            }

            HclExpression? condition = null;
            if (IsKeyword(_peeker.Peek(), "if"))
            {
                _peeker.Read();
                before = ErrorCount;
                condition = ParseExpression();
                if (_recovery && ErrorCount > before)
                {
                    return Placeholder(HclRange.Between(open.Range, Recover(closeKind).Range));
                }
            }

            HclToken close;
            if (_peeker.Peek().Kind == closeKind)
            {
                close = _peeker.Read();
            }
            else
            {
                ErrorUnlessRecovering("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", _peeker.NextRange, HclRange.Between(open.Range, _peeker.NextRange));
                close = Recover(closeKind);
            }

            var whole = HclRange.Between(open.Range, close.Range);
            if (!makeObject)
            {
                if (keyExpression is not null)
                {
                    Error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpression.Range, whole);
                }

                if (grouping)
                {
                    Error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis.Range, whole);
                }
            }
            else if (keyExpression is null)
            {
                Error("Invalid 'for' expression", "Key expression is required when building an object.", valueExpression.Range, whole);
            }

            return new HclForExpression(keyName, valueName, collection, keyExpression, valueExpression, condition, grouping, whole, open.Range, close.Range);
        }
        finally
        {
            _peeker.PopIncludeNewlines();
        }
    }
}
