using System.Globalization;
using System.Text;

namespace IacTest.Lint.Hcl;

/// <summary>Quoted strings and heredocs: interpolations, <c>%{ if }</c>/<c>%{ for }</c> directives, strip markers, escapes.</summary>
internal sealed partial class NativeParser
{
    private HclExpression ParseTemplateTerm()
    {
        var open = _peeker.Read();
        var closer = Opposite(open.Kind);
        var flush = open.Kind == HclTokenKind.OpenHeredoc && open.Text.StartsWith("<<-", StringComparison.Ordinal);
        var (expressions, passthrough) = ParseTemplateInner(closer, flush);
        var range = HclRange.Between(open.Range, _peeker.PreviousRange);
        return passthrough
            ? new HclTemplateWrapExpression(expressions[0], range)
            : new HclTemplateExpression(expressions, range, open.Kind == HclTokenKind.OpenHeredoc);
    }

    private (IReadOnlyList<HclExpression> Expressions, bool Passthrough) ParseTemplateInner(HclTokenKind end, bool flush)
    {
        var parts = ParseTemplateParts(end);
        if (flush)
        {
            FlushHeredoc(parts);
        }

        MeldLiterals(parts);
        var builder = new TemplateTreeBuilder(parts, this);
        var expressions = builder.ParseRoot();
        var passthrough = parts.Count == 2 && parts[0].Kind == TemplatePartKind.Interpolation;
        return (expressions, passthrough);
    }

    private List<TemplatePart> ParseTemplateParts(HclTokenKind end)
    {
        var parts = new List<TemplatePart>();
        var startRange = _peeker.NextRange;
        var trimNextLeft = false;
        var nextCanTrimPrevious = false;
        HclRange endRange;

        while (true)
        {
            var next = _peeker.Read();
            if (next.Kind == end)
            {
                endRange = next.Range;
                break;
            }

            var trimLeft = trimNextLeft;
            trimNextLeft = false;
            var canTrimPrevious = nextCanTrimPrevious;
            nextCanTrimPrevious = false;

            if (next.Kind is HclTokenKind.QuotedLiteral or HclTokenKind.StringLiteral)
            {
                var text = DecodeLiteral(next);
                if (trimLeft)
                {
                    text = text.TrimStart();
                }

                parts.Add(new TemplatePart(TemplatePartKind.Literal, next.Range) { Text = text });
                nextCanTrimPrevious = true;
                continue;
            }

            if (next.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl)
            {
                // `${~` and `%{~` strip the whitespace at the end of the literal before them.
                if (canTrimPrevious && next.Text.Length == 3 && parts.Count > 0 && parts[^1].Kind == TemplatePartKind.Literal)
                {
                    parts[^1].Text = parts[^1].Text.TrimEnd();
                }

                _peeker.PushIncludeNewlines(false);
                try
                {
                    var part = next.Kind == HclTokenKind.TemplateInterpolation
                        ? ParseInterpolation(next, startRange, end)
                        : ParseDirective(next, startRange);
                    if (part is not null)
                    {
                        parts.Add(part);
                        trimNextLeft = FinishSequence(part, next, startRange);
                    }
                }
                finally
                {
                    _peeker.PopIncludeNewlines();
                }

                continue;
            }

            ErrorUnlessRecovering("Unterminated template string", "No closing marker was found for the string.", next.Range, HclRange.Between(startRange, next.Range));
            endRange = Recover(end).Range;
            break;
        }

        if (parts.Count == 0)
        {
            parts.Add(new TemplatePart(TemplatePartKind.Literal, HclRange.At(startRange.End)));
        }

        parts.Add(new TemplatePart(TemplatePartKind.End, endRange));
        return parts;
    }

    private TemplatePart ParseInterpolation(HclToken open, HclRange startRange, HclTokenKind end)
    {
        var expression = ParseExpression();
        var close = _peeker.Peek();
        if (close.Kind != HclTokenKind.TemplateSequenceEnd && !_recovery)
        {
            if (close.Kind == HclTokenKind.EndOfFile)
            {
                Error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.", startRange);
            }
            else if (close.Kind == HclTokenKind.Colon)
            {
                Error("Extra characters after interpolation expression", "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".", close.Range, HclRange.Between(startRange, close.Range));
            }
            else if (close.Kind is HclTokenKind.CloseQuote or HclTokenKind.OpenQuote && end == HclTokenKind.CloseQuote)
            {
                Error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.", startRange);
            }
            else
            {
                Error("Extra characters after interpolation expression", "Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with \"$${\" instead of just \"${\".", close.Range, HclRange.Between(startRange, close.Range));
            }
        }

        return new TemplatePart(TemplatePartKind.Interpolation, HclRange.Between(open.Range, close.Range)) { Expression = expression };
    }

    /// <summary>Reads the closing <c>}</c> or <c>~}</c> of a sequence; true when it strips the following whitespace.</summary>
    private bool FinishSequence(TemplatePart part, HclToken open, HclRange startRange)
    {
        var close = _peeker.Peek();
        if (close.Kind != HclTokenKind.TemplateSequenceEnd)
        {
            if (part.Kind != TemplatePartKind.Interpolation)
            {
                var keyword = part.Kind switch
                {
                    TemplatePartKind.If => "if",
                    TemplatePartKind.Else => "else",
                    TemplatePartKind.EndIf => "endif",
                    TemplatePartKind.For => "for",
                    _ => "endfor",
                };
                ErrorUnlessRecovering($"Extra characters in {keyword} marker", "Expected a closing brace to end the sequence, but found extra characters.", close.Range, HclRange.Between(startRange, close.Range));
            }

            Recover(HclTokenKind.TemplateSequenceEnd);
            return false;
        }

        _peeker.Read();
        return close.Text.Length == 2 && close.Text[0] == '~';
    }

    private TemplatePart? ParseDirective(HclToken open, HclRange startRange)
    {
        var keyword = _peeker.Peek();
        if (keyword.Kind != HclTokenKind.Identifier)
        {
            ErrorUnlessRecovering("Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.", keyword.Range, HclRange.Between(open.Range, keyword.Range));
            Recover(HclTokenKind.TemplateSequenceEnd);
            return null;
        }

        _peeker.Read();
        switch (keyword.Text)
        {
            case "if":
                {
                    var condition = ParseExpression();
                    return new TemplatePart(TemplatePartKind.If, HclRange.Between(open.Range, _peeker.NextRange)) { Expression = condition };
                }

            case "else":
                return new TemplatePart(TemplatePartKind.Else, HclRange.Between(open.Range, _peeker.NextRange));
            case "endif":
                return new TemplatePart(TemplatePartKind.EndIf, HclRange.Between(open.Range, _peeker.NextRange));
            case "endfor":
                return new TemplatePart(TemplatePartKind.EndFor, HclRange.Between(open.Range, _peeker.NextRange));
            case "for":
                {
                    TemplatePart? Fail(string detail)
                    {
                        ErrorUnlessRecovering("Invalid 'for' directive", detail, _peeker.NextRange);
                        Recover(HclTokenKind.TemplateSequenceEnd);
                        return null;
                    }

                    if (_peeker.Peek().Kind != HclTokenKind.Identifier)
                    {
                        return Fail("For directive requires variable name after 'for'.");
                    }

                    string? keyName = null;
                    var valueName = _peeker.Read().Text;
                    if (_peeker.Peek().Kind == HclTokenKind.Comma)
                    {
                        keyName = valueName;
                        _peeker.Read();
                        if (_peeker.Peek().Kind != HclTokenKind.Identifier)
                        {
                            return Fail("For directive requires value variable name after comma.");
                        }

                        valueName = _peeker.Read().Text;
                    }

                    if (!IsKeyword(_peeker.Peek(), "in"))
                    {
                        return Fail("For directive requires 'in' keyword after names.");
                    }

                    _peeker.Read();
                    var collection = ParseExpression();
                    return new TemplatePart(TemplatePartKind.For, HclRange.Between(open.Range, _peeker.NextRange))
                    {
                        Expression = collection,
                        KeyVariable = keyName,
                        ValueVariable = valueName,
                    };
                }

            default:
                {
                    var suggestion = Suggest(keyword.Text, ["if", "for", "else", "endif", "endfor"]);
                    var hint = suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?";
                    ErrorUnlessRecovering("Invalid template control keyword", $"\"{keyword.Text}\" is not a valid template control keyword.{hint}", keyword.Range, HclRange.Between(open.Range, keyword.Range));
                    Recover(HclTokenKind.TemplateSequenceEnd);
                    return null;
                }
        }
    }

    /// <summary>The closest of <paramref name="candidates"/> within an edit distance of 2, as HCL suggests.</summary>
    private static string? Suggest(string given, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (EditDistance(given, candidate) < 3)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// <c>&lt;&lt;-</c> heredocs: the smallest indentation of the non-blank lines is removed from every line. Counted
    /// on the literal text as written, so an interpolated value cannot change it.
    /// </summary>
    private static void FlushHeredoc(List<TemplatePart> parts)
    {
        var minimum = int.MaxValue;
        var newline = true;
        var adjust = new List<TemplatePart>();
        foreach (var part in parts)
        {
            if (newline)
            {
                newline = false;
                var spaces = 0;
                if (part.Kind == TemplatePartKind.Literal)
                {
                    var trimmed = part.Text.TrimStart();
                    if (trimmed.Length == 0 && part.Text.EndsWith('\n'))
                    {
                        spaces = int.MaxValue;
                    }
                    else
                    {
                        spaces = new StringInfo(part.Text[..(part.Text.Length - trimmed.Length)]).LengthInTextElements;
                        adjust.Add(part);
                    }
                }
                else if (part.Kind == TemplatePartKind.End)
                {
                    break;
                }

                minimum = Math.Min(minimum, spaces);
            }

            if (part.Kind == TemplatePartKind.Literal && part.Text.EndsWith('\n'))
            {
                newline = true;
            }
        }

        foreach (var part in adjust)
        {
            var info = new StringInfo(part.Text);
            var remove = Math.Min(minimum, info.LengthInTextElements);
            var prefix = remove == 0 ? string.Empty : info.SubstringByTextElements(0, remove);
            part.Text = part.Text[prefix.Length..];
            var start = part.Range.Start;
            part.Range = part.Range with { Start = new HclPosition(start.Line, start.Column + remove, start.Byte + Encoding.UTF8.GetByteCount(prefix)) };
        }
    }

    private static void MeldLiterals(List<TemplatePart> parts)
    {
        for (var i = 1; i < parts.Count;)
        {
            if (parts[i - 1].Kind == TemplatePartKind.Literal && parts[i].Kind == TemplatePartKind.Literal)
            {
                parts[i - 1].Text += parts[i].Text;
                parts[i - 1].Range = parts[i - 1].Range with { End = parts[i].Range.End };
                parts.RemoveAt(i);
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// The text of a literal token: in quoted strings backslash escapes are decoded; in both kinds <c>$${</c> and
    /// <c>%%{</c> stand for a literal <c>${</c> and <c>%{</c>.
    /// </summary>
    private string DecodeLiteral(HclToken token)
    {
        var text = token.Text;
        var quoted = token.Kind == HclTokenKind.QuotedLiteral;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c is '$' or '%' && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == '{')
            {
                result.Append(c).Append('{');
                i += 3;
                continue;
            }

            if (!quoted || c != '\\')
            {
                result.Append(c);
                i++;
                continue;
            }

            var escapeStart = i;
            if (i + 1 >= text.Length)
            {
                EscapeError(token, escapeStart, 1, "Backslash must be followed by an escape sequence selector character.");
                result.Append(c);
                i++;
                continue;
            }

            var selector = text[i + 1];
            switch (selector)
            {
                case 'n': result.Append('\n'); i += 2; continue;
                case 'r': result.Append('\r'); i += 2; continue;
                case 't': result.Append('\t'); i += 2; continue;
                case '"': result.Append('"'); i += 2; continue;
                case '\\': result.Append('\\'); i += 2; continue;
                case 'u' or 'U':
                    {
                        var digits = selector == 'u' ? 4 : 8;
                        var hex = 0;
                        while (hex < digits && i + 2 + hex < text.Length && char.IsAsciiHexDigit(text[i + 2 + hex]))
                        {
                            hex++;
                        }

                        if (hex < digits)
                        {
                            EscapeError(token, escapeStart, 2, selector == 'u' ? "The \\u escape sequence must be followed by four hexadecimal digits." : "The \\U escape sequence must be followed by eight hexadecimal digits.");
                            result.Append(text, i, 2);
                            i += 2;
                            continue;
                        }

                        var value = uint.Parse(text.AsSpan(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
                        {
                            EscapeError(token, escapeStart, 2 + digits, $"Cannot encode character U+{value:x4} in UTF-8.");
                        }
                        else
                        {
                            result.Append(char.ConvertFromUtf32((int)value));
                        }

                        i += 2 + digits;
                        continue;
                    }

                default:
                    {
                        var length = char.IsHighSurrogate(selector) && i + 2 < text.Length ? 3 : 2;
                        EscapeError(token, escapeStart, length, $"The symbol \"{text.Substring(i + 1, length - 1)}\" is not a valid escape sequence selector.");
                        result.Append(text, i + 1, length - 1);
                        i += length;
                        continue;
                    }
            }
        }

        return result.ToString();
    }

    /// <summary>Reports a bad escape at its own columns (a quoted literal never spans lines).</summary>
    private void EscapeError(HclToken token, int offset, int length, string detail)
    {
        var start = Advance(token.Range.Start, token.Text, 0, offset);
        var end = Advance(start, token.Text, offset, offset + length);
        Error("Invalid escape sequence", detail, new HclRange(start, end));
    }

    private static HclPosition Advance(HclPosition from, string text, int start, int end)
    {
        var segment = text[start..Math.Min(end, text.Length)];
        return new HclPosition(from.Line, from.Column + new StringInfo(segment).LengthInTextElements, from.Byte + Encoding.UTF8.GetByteCount(segment));
    }

    /// <summary>Reports an error found while building the template tree (the tree builder has no diagnostics of its own).</summary>
    internal void TemplateError(string summary, string detail, HclRange subject) => Error(summary, detail, subject);

    internal bool EnterTemplate(HclRange at) => Enter(at);

    internal void LeaveTemplate() => Leave();

    internal static HclLiteralExpression TemplatePlaceholder(HclRange range) => Placeholder(range);
}
