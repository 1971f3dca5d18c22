namespace IacTest.Lint.Hcl;

/// <summary>Bodies, arguments, blocks and block labels.</summary>
internal sealed partial class NativeParser
{
    private const string ArgumentOrBlockRequired = "Argument or block definition required";
    private const string UnclosedBlockDetail = "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.";

    public HclBody ParseBody(HclTokenKind end)
    {
        var attributes = new List<HclAttribute>();
        var names = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        var blocks = new List<HclBlock>();
        var startRange = _peeker.PreviousRange;
        HclRange endRange;

        while (true)
        {
            var next = _peeker.Peek();
            if (next.Kind == end)
            {
                endRange = _peeker.NextRange;
                _peeker.Read();
                break;
            }

            if (next.Kind == HclTokenKind.Newline)
            {
                _peeker.Read();
                continue;
            }

            if (next.Kind == HclTokenKind.Identifier)
            {
                switch (ParseBodyItem())
                {
                    case HclBlock block:
                        blocks.Add(block);
                        break;
                    case HclAttribute attribute when names.TryGetValue(attribute.Name, out var existing):
                        Error("Attribute redefined", $"The argument \"{attribute.Name}\" was already set at {Describe(existing.NameRange)}. Each argument may be set only once.", attribute.NameRange);
                        break;
                    case HclAttribute attribute:
                        names.Add(attribute.Name, attribute);
                        attributes.Add(attribute);
                        break;
                }

                continue;
            }

            var bad = _peeker.Read();
            if (!_recovery)
            {
                if (bad.Kind == HclTokenKind.OpenQuote)
                {
                    Error("Invalid argument name", "Argument names must not be quoted.", bad.Range);
                }
                else if (bad.Kind == HclTokenKind.EndOfFile && end == HclTokenKind.CloseBrace)
                {
                    Error("Unclosed configuration block", UnclosedBlockDetail, startRange);
                }
                else if (bad.Kind == HclTokenKind.EndOfFile)
                {
                    Error("Unclosed configuration body", "Found end of file before the end of this configuration body.", startRange);
                }
                else
                {
                    Error(ArgumentOrBlockRequired, "An argument or block definition is required here.", bad.Range);
                }
            }

            endRange = _peeker.PreviousRange;
            Recover(end);
            break;
        }

        return new HclBody(attributes, blocks, HclRange.Between(startRange, endRange), HclRange.At(endRange.End));
    }

    private object? ParseBodyItem()
    {
        var name = _peeker.Read();
        var next = _peeker.Peek();
        switch (next.Kind)
        {
            case HclTokenKind.Equal:
                return FinishAttribute(name, singleLine: false);
            case HclTokenKind.OpenQuote or HclTokenKind.OpenBrace or HclTokenKind.Identifier:
                return FinishBlock(name);
            default:
                RecoverAfterBodyItem();
                Error(ArgumentOrBlockRequired, "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.", name.Range);
                return null;
        }
    }

    private HclAttribute FinishAttribute(HclToken name, bool singleLine)
    {
        var equals = _peeker.Read();
        var errorsBefore = _diagnostics.Count;
        var expression = ParseExpression();
        var failed = _diagnostics.Count > errorsBefore;
        HclRange endRange;
        if (_recovery && failed)
        {
            endRange = _peeker.PreviousRange;
            RecoverAfterBodyItem();
        }
        else
        {
            endRange = _peeker.PreviousRange;
            if (!singleLine)
            {
                var end = _peeker.Peek();
                if (end.Kind is not (HclTokenKind.Newline or HclTokenKind.EndOfFile))
                {
                    if (end.Kind == HclTokenKind.Comma)
                    {
                        ErrorUnlessRecovering("Unexpected comma after argument", "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.", end.Range, HclRange.Between(name.Range, end.Range));
                    }
                    else
                    {
                        ErrorUnlessRecovering("Missing newline after argument", "An argument definition must end with a newline.", end.Range, HclRange.Between(name.Range, end.Range));
                    }

                    endRange = _peeker.PreviousRange;
                    RecoverAfterBodyItem();
                }
                else
                {
                    endRange = _peeker.PreviousRange;
                    _peeker.Read();
                }
            }
        }

        return new HclAttribute(name.Text, expression, HclRange.Between(name.Range, endRange), name.Range, equals.Range);
    }

    private HclBody? ParseSingleAttributeBody()
    {
        var name = _peeker.Read();
        if (name.Kind != HclTokenKind.Identifier)
        {
            RecoverAfterBodyItem();
            Error(ArgumentOrBlockRequired, "An argument or block definition is required here.", name.Range);
            return null;
        }

        var next = _peeker.Peek();
        switch (next.Kind)
        {
            case HclTokenKind.Equal:
                var attribute = FinishAttribute(name, singleLine: true);
                return new HclBody([attribute], [], attribute.Range, HclRange.At(attribute.Range.End));
            case HclTokenKind.OpenQuote or HclTokenKind.OpenBrace or HclTokenKind.Identifier:
                RecoverAfterBodyItem();
                Error("Argument definition required", $"A single-line block definition can contain only a single argument. If you meant to define argument \"{name.Text}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.", HclRange.Between(name.Range, next.Range));
                return null;
            default:
                RecoverAfterBodyItem();
                Error(ArgumentOrBlockRequired, "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.", name.Range);
                return null;
        }
    }

    private HclBlock FinishBlock(HclToken type)
    {
        var labels = new List<HclBlockLabel>();
        HclToken openBrace;
        while (true)
        {
            var token = _peeker.Peek();
            if (token.Kind == HclTokenKind.OpenBrace)
            {
                openBrace = _peeker.Read();
                break;
            }

            if (token.Kind == HclTokenKind.OpenQuote)
            {
                labels.Add(ParseQuotedStringLiteral());
                continue;
            }

            if (token.Kind == HclTokenKind.Identifier)
            {
                _peeker.Read();
                labels.Add(new HclBlockLabel(token.Text, token.Range));
                continue;
            }

            var context = HclRange.Between(type.Range, token.Range);
            if (token.Kind == HclTokenKind.Equal)
            {
                Error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.", token.Range, context);
            }
            else if (token.Kind == HclTokenKind.Newline)
            {
                Error("Invalid block definition", "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.", token.Range, context);
            }
            else
            {
                ErrorUnlessRecovering("Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.", token.Range, context);
            }

            RecoverAfterBodyItem();
            var headerEnd = labels.Count > 0 ? labels[^1].Range : type.Range;
            var empty = new HclBody([], [], type.Range, type.Range);
            return new HclBlock(type.Text, labels, empty, type.Range, type.Range, headerEnd);
        }

        HclBody? body;
        if (!Enter(openBrace.Range))
        {
            Recover(HclTokenKind.CloseBrace);
            body = null;
        }
        else
        {
            try
            {
                body = ParseBlockContent(type, openBrace);
            }
            finally
            {
                Leave();
            }
        }

        var closeBrace = _peeker.PreviousRange;
        var endOfLine = _peeker.Peek();
        if (endOfLine.Kind is HclTokenKind.Newline or HclTokenKind.EndOfFile)
        {
            _peeker.Read();
        }
        else
        {
            ErrorUnlessRecovering("Missing newline after block definition", "A block definition must end with a newline.", endOfLine.Range, HclRange.Between(type.Range, endOfLine.Range));
            RecoverAfterBodyItem();
        }

        body ??= new HclBody([], [], HclRange.Between(openBrace.Range, closeBrace), closeBrace);
        return new HclBlock(type.Text, labels, body, type.Range, openBrace.Range, closeBrace);
    }

    private HclBody? ParseBlockContent(HclToken type, HclToken openBrace)
    {
        if (_peeker.Peek().Kind is HclTokenKind.Newline or HclTokenKind.EndOfFile or HclTokenKind.CloseBrace)
        {
            return ParseBody(HclTokenKind.CloseBrace);
        }

        // One-line block: `type { name = value }`. HCL lists the errors inside the body after those about its end.
        var bodyStart = _diagnostics.Count;
        var body = ParseSingleAttributeBody();
        var bodyErrors = _diagnostics.GetRange(bodyStart, _diagnostics.Count - bodyStart);
        _diagnostics.RemoveRange(bodyStart, bodyErrors.Count);
        var after = _peeker.Peek();
        switch (after.Kind)
        {
            case HclTokenKind.CloseBrace:
                _peeker.Read();
                break;
            case HclTokenKind.Comma:
                Error("Invalid single-argument block definition", "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.", after.Range);
                Recover(HclTokenKind.CloseBrace);
                break;
            case HclTokenKind.Newline:
                Error("Invalid single-argument block definition", "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.", after.Range);
                Recover(HclTokenKind.CloseBrace);
                break;
            default:
                if (after.Kind == HclTokenKind.EndOfFile)
                {
                    ErrorUnlessRecovering("Unclosed configuration block", UnclosedBlockDetail, openBrace.Range, HclRange.Between(type.Range, openBrace.Range));
                }
                else
                {
                    ErrorUnlessRecovering("Invalid single-argument block definition", "A single-line block definition must end with a closing brace immediately after its single argument definition.", after.Range);
                }

                Recover(HclTokenKind.CloseBrace);
                break;
        }

        _diagnostics.AddRange(bodyErrors);
        return body;
    }

    /// <summary>A quoted string that may not contain template sequences: a block label.</summary>
    private HclBlockLabel ParseQuotedStringLiteral()
    {
        var open = _peeker.Read();
        var value = new System.Text.StringBuilder();
        HclRange endRange;
        while (true)
        {
            var token = _peeker.Read();
            if (token.Kind == HclTokenKind.CloseQuote)
            {
                endRange = token.Range;
                break;
            }

            if (token.Kind == HclTokenKind.QuotedLiteral)
            {
                value.Append(DecodeLiteral(token));
                continue;
            }

            if (token.Kind is HclTokenKind.TemplateControl or HclTokenKind.TemplateInterpolation)
            {
                var which = token.Kind == HclTokenKind.TemplateControl ? "%" : "$";
                Error("Invalid string literal", $"Template sequences are not allowed in this string. To include a literal \"{which}\", double it (as \"{which}{which}\") to escape it.", token.Range, HclRange.Between(open.Range, token.Range));
                value.Append(which).Append("{ ... }");
                Recover(HclTokenKind.TemplateSequenceEnd);
                continue;
            }

            if (token.Kind == HclTokenKind.EndOfFile)
            {
                Error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", token.Range, HclRange.Between(open.Range, token.Range));
                endRange = token.Range;
                break;
            }

            Error("Invalid string literal", "This item is not valid in a string literal.", token.Range, HclRange.Between(open.Range, token.Range));
            Recover(HclTokenKind.CloseQuote);
            endRange = token.Range;
            break;
        }

        return new HclBlockLabel(value.ToString(), HclRange.Between(open.Range, endRange));
    }
}
