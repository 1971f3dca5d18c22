namespace IacTest.Lint.Hcl;

/// <summary>What follows a term: <c>.name</c>, <c>[key]</c>, the legacy <c>.0</c>, and splats <c>[*]</c> and <c>.*</c>.</summary>
internal sealed partial class NativeParser
{
    private HclExpression ParseTraversals(HclExpression from)
    {
        var result = from;
        while (true)
        {
            var next = _peeker.Peek();
            if (next.Kind == HclTokenKind.Dot)
            {
                var dot = _peeker.Read();
                var attribute = _peeker.Peek();
                switch (attribute.Kind)
                {
                    case HclTokenKind.Identifier:
                        _peeker.Read();
                        result = Extend(result, new HclTraversalStep(HclRange.Between(dot.Range, attribute.Range), attribute.Text, null));
                        break;
                    case HclTokenKind.Number:
                        _peeker.Read();
                        result = Extend(result, LegacyIndex(dot, attribute, attribute, splat: false));
                        break;
                    case HclTokenKind.Star:
                        result = FinishAttributeSplat(from, result, dot, attribute);
                        break;
                    default:
                        Error("Invalid attribute name", "An attribute name is required after a dot.", attribute.Range);
                        _recovery = true;
                        result = Placeholder(HclRange.Between(from.Range, dot.Range));
                        break;
                }

                continue;
            }

            if (next.Kind == HclTokenKind.OpenBracket)
            {
                result = FinishIndex(from, result);
                continue;
            }

            return result;
        }
    }

    /// <summary>Adds a constant step, extending a traversal in place or starting a relative one.</summary>
    private static HclExpression Extend(HclExpression expression, HclTraversalStep step)
    {
        switch (expression)
        {
            case HclScopeTraversalExpression scope:
                scope.Add(step);
                return scope;
            case HclRelativeTraversalExpression relative:
                relative.Add(step);
                return relative;
            default:
                var created = new HclRelativeTraversalExpression(expression);
                created.Add(step);
                return created;
        }
    }

    /// <summary><c>.0</c>: an index in the old HIL style; <c>.0.1</c> lexes as the number 0.1 and is rejected.</summary>
    private HclTraversalStep LegacyIndex(HclToken dot, HclToken number, HclToken reported, bool splat)
    {
        var range = HclRange.Between(dot.Range, number.Range);
        var separator = number.Text.IndexOf('.', StringComparison.Ordinal);
        if (separator >= 0)
        {
            var first = number.Text[..separator];
            var second = number.Text[(separator + 1)..];
            var hint = splat ? "Use the proper index syntax with a full splat expression [*] instead" : "Use the proper index syntax instead";
            Error("Invalid legacy index syntax", $"When using the legacy index syntax, chaining two indexes together is not permitted. {hint}, like [{first}][{second}].", reported.Range);
            return new HclTraversalStep(range, null, Placeholder(number.Range), IsLegacyIndex: true);
        }

        return new HclTraversalStep(range, null, NumberLiteral(number), IsLegacyIndex: true);
    }

    private HclExpression FinishAttributeSplat(HclExpression from, HclExpression source, HclToken dot, HclToken attributeToken)
    {
        var marker = _peeker.Read();
        var steps = new List<HclTraversalStep>();
        var firstRange = _peeker.NextRange;
        var lastRange = marker.Range;
        while (_peeker.Peek().Kind == HclTokenKind.Dot)
        {
            var stepDot = _peeker.Read();
            var next = _peeker.Peek();
            if (next.Kind == HclTokenKind.Number)
            {
                _peeker.Read();
                steps.Add(LegacyIndex(stepDot, next, attributeToken, splat: true));
                lastRange = next.Range;
                continue;
            }

            if (next.Kind != HclTokenKind.Identifier)
            {
                if (next.Kind == HclTokenKind.Star)
                {
                    ErrorUnlessRecovering("Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.", next.Range);
                }
                else
                {
                    ErrorUnlessRecovering("Invalid attribute name", "An attribute name is required after a dot.", attributeToken.Range);
                }

                _recovery = true;
                break;
            }

            _peeker.Read();
            steps.Add(new HclTraversalStep(HclRange.Between(stepDot.Range, next.Range), next.Text, null));
            lastRange = next.Range;
        }

        var item = new HclAnonymousSymbolExpression(HclRange.Between(dot.Range, marker.Range));
        HclExpression each = item;
        if (steps.Count > 0)
        {
            var relative = new HclRelativeTraversalExpression(item);
            foreach (var step in steps)
            {
                relative.Add(step);
            }

            relative.Range = HclRange.Between(firstRange, lastRange);
            each = relative;
        }

        return new HclSplatExpression(source, each, item, attributeOnly: true, HclRange.Between(from.Range, lastRange), HclRange.Between(dot.Range, marker.Range));
    }

    private HclExpression FinishIndex(HclExpression from, HclExpression collection)
    {
        var open = _peeker.Read();
        if (_peeker.Peek().Kind == HclTokenKind.Star)
        {
            _peeker.Read();
            var closeSplat = _peeker.Read();
            if (closeSplat.Kind != HclTokenKind.CloseBracket && !_recovery)
            {
                // HCL reports this where its recovery stops (its diagnostic points at the variable recovery reassigns).
                closeSplat = Recover(HclTokenKind.CloseBracket);
                Error("Missing close bracket on splat index", "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").", closeSplat.Range);
            }

            var item = new HclAnonymousSymbolExpression(HclRange.Between(open.Range, closeSplat.Range));
            var each = ParseTraversals(item);
            return new HclSplatExpression(collection, each, item, attributeOnly: false, HclRange.Between(from.Range, each.Range), HclRange.Between(open.Range, closeSplat.Range));
        }

        HclToken close;
        _peeker.PushIncludeNewlines(false);
        var before = ErrorCount;
        var key = ParseExpression();
        if (_recovery && ErrorCount > before)
        {
            close = Recover(HclTokenKind.CloseBracket);
        }
        else
        {
            close = _peeker.Read();
            if (close.Kind != HclTokenKind.CloseBracket && !_recovery)
            {
                // As above: HCL's subject is the token where recovery stops, not the unexpected one.
                close = Recover(HclTokenKind.CloseBracket);
                Error("Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").", close.Range);
            }
        }

        _peeker.PopIncludeNewlines();
        var range = HclRange.Between(open.Range, close.Range);
        var isConstant = key is HclLiteralExpression || key is HclTemplateExpression { IsStringLiteral: true };
        return isConstant
            ? Extend(collection, new HclTraversalStep(range, null, key))
            : new HclIndexExpression(collection, key, range) { Range = HclRange.Between(from.Range, range) };
    }
}
