using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// The state machine behind <c>indentation</c>: a stack of the open structures with the indentation each expects,
/// fed one token at a time exactly as yamllint feeds it.
/// </summary>
internal sealed class IndentationChecker
{
    private readonly RuleContext _context;
    private readonly YamlLintStream _stream;
    private readonly bool _checkMultiLineStrings;
    private readonly List<Parent> _stack = [new Parent(Block.Root, 0)];
    private int? _spaces;
    private Sequences _indentSequences;
    private int _currentLine = -1;
    private int _currentLineIndent;

    public IndentationChecker(RuleContext context, YamlLintStream stream)
    {
        _context = context;
        _stream = stream;
        _checkMultiLineStrings = context.Options.Bool("check-multi-line-strings");
        _spaces = context.Options["spaces"] switch
        {
            int i => i,
            long l => (int)l,
            _ => null,
        };
        _indentSequences = context.Options["indent-sequences"] switch
        {
            true => Sequences.Indented,
            false => Sequences.NotIndented,
            "whatever" => Sequences.Whatever,
            "consistent" => Sequences.Consistent,
            string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) => Sequences.Indented,
            string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) => Sequences.NotIndented,
            _ => Sequences.Indented,
        };
    }

    private enum Block
    {
        Root,
        BlockMap,
        FlowMap,
        BlockSeq,
        FlowSeq,
        BlockEntry,
        Key,
        Val,
    }

    private enum Sequences
    {
        Indented,
        NotIndented,
        Whatever,
        Consistent,
    }

    private Parent Top => _stack[^1];

    public void Check(StreamToken token, StreamToken? prev, StreamToken? next, StreamToken? nextnext)
    {
        var visible = token.Kind is not (ScannedTokenKind.StreamStart or ScannedTokenKind.StreamEnd or ScannedTokenKind.BlockEnd)
            && !(token.Kind == ScannedTokenKind.Scalar && token.Value.Length == 0);
        var firstInLine = visible && token.Start.Line + 1 > _currentLine;
        var found = 0;

        if (firstInLine)
        {
            found = token.Start.Column;
            var expected = Top.Indent;
            if (token.Kind is ScannedTokenKind.FlowMappingEnd or ScannedTokenKind.FlowSequenceEnd)
            {
                expected = Top.LineIndent;
            }
            else if (Top.Type == Block.Key && Top.ExplicitKey && token.Kind != ScannedTokenKind.Value)
            {
                expected = DetectIndent(expected, token);
            }

            if (found != expected)
            {
                var message = expected < 0
                    ? $"wrong indentation: expected at least {found + 1}"
                    : $"wrong indentation: expected {expected} but found {found}";
                _context.Report(token.Start.Line + 1, found + 1, message);
            }
        }

        if (token.Kind == ScannedTokenKind.Scalar && _checkMultiLineStrings)
        {
            CheckScalar(token);
        }

        if (visible)
        {
            _currentLine = _stream.RealEndLine(token);
            if (firstInLine)
            {
                _currentLineIndent = found;
            }
        }

        Push(token, prev, ref next, nextnext);
        Pop(token, next);
    }

    private void Push(StreamToken token, StreamToken? prev, ref StreamToken? next, StreamToken? nextnext)
    {
        switch (token.Kind)
        {
            case ScannedTokenKind.BlockMappingStart:
                Assert(next is { Kind: ScannedTokenKind.Key } key && key.Start.Line == token.Start.Line);
                _stack.Add(new Parent(Block.BlockMap, token.Start.Column));
                break;
            case ScannedTokenKind.FlowMappingStart:
            {
                var first = next!.Value;
                var indent = first.Start.Line == token.Start.Line ? first.Start.Column : DetectIndent(_currentLineIndent, first);
                _stack.Add(new Parent(Block.FlowMap, indent) { LineIndent = _currentLineIndent });
                break;
            }

            case ScannedTokenKind.BlockSequenceStart:
                Assert(next is { Kind: ScannedTokenKind.BlockEntry } entry && entry.Start.Line == token.Start.Line);
                _stack.Add(new Parent(Block.BlockSeq, token.Start.Column));
                break;
            case ScannedTokenKind.BlockEntry when next is { Kind: not (ScannedTokenKind.BlockEntry or ScannedTokenKind.BlockEnd) } item:
            {
                if (Top.Type != Block.BlockSeq)
                {
                    _stack.Add(new Parent(Block.BlockSeq, token.Start.Column) { ImplicitBlockSeq = true });
                }

                int indent;
                if (item.Start.Line == token.End.Line)
                {
                    indent = item.Start.Column;
                }
                else if (item.Start.Column == token.Start.Column)
                {
                    indent = item.Start.Column;
                }
                else
                {
                    indent = DetectIndent(token.Start.Column, item);
                }

                _stack.Add(new Parent(Block.BlockEntry, indent));
                break;
            }

            case ScannedTokenKind.FlowSequenceStart:
            {
                var first = next!.Value;
                var indent = first.Start.Line == token.Start.Line ? first.Start.Column : DetectIndent(_currentLineIndent, first);
                _stack.Add(new Parent(Block.FlowSeq, indent) { LineIndent = _currentLineIndent });
                break;
            }

            case ScannedTokenKind.Key:
                _stack.Add(new Parent(Block.Key, Top.Indent) { ExplicitKey = _stream.IsExplicitKey(token) });
                break;
            case ScannedTokenKind.Value:
                PushValue(prev, ref next, nextnext);
                break;
        }
    }

    private void PushValue(StreamToken? prev, ref StreamToken? next, StreamToken? nextnext)
    {
        Assert(Top.Type == Block.Key);
        if (next is { Kind: ScannedTokenKind.Anchor or ScannedTokenKind.Tag } property && prev is { } before && nextnext is { } after
            && property.Start.Line == before.Start.Line && property.Start.Line < after.Start.Line)
        {
            next = nextnext;
        }

        if (next is not { } value || value.Kind is ScannedTokenKind.BlockEnd or ScannedTokenKind.FlowMappingEnd or ScannedTokenKind.FlowSequenceEnd or ScannedTokenKind.Key)
        {
            return;
        }

        int indent;
        if (Top.ExplicitKey)
        {
            indent = DetectIndent(Top.Indent, value);
        }
        else if (prev is { } previous && value.Start.Line == previous.Start.Line)
        {
            indent = value.Start.Column;
        }
        else if (value.Kind is ScannedTokenKind.BlockSequenceStart or ScannedTokenKind.BlockEntry)
        {
            switch (_indentSequences)
            {
                case Sequences.NotIndented:
                    indent = Top.Indent;
                    break;
                case Sequences.Indented:
                    indent = _spaces is null && value.Start.Column - Top.Indent == 0 ? -1 : DetectIndent(Top.Indent, value);
                    break;
                default:
                    if (value.Start.Column == Top.Indent)
                    {
                        if (_indentSequences == Sequences.Consistent)
                        {
                            _indentSequences = Sequences.NotIndented;
                        }

                        indent = Top.Indent;
                    }
                    else
                    {
                        if (_indentSequences == Sequences.Consistent)
                        {
                            _indentSequences = Sequences.Indented;
                        }

                        indent = DetectIndent(Top.Indent, value);
                    }

                    break;
            }
        }
        else
        {
            indent = DetectIndent(Top.Indent, value);
        }

        _stack.Add(new Parent(Block.Val, indent));
    }

    private void Pop(StreamToken token, StreamToken? next)
    {
        var consumed = false;
        while (true)
        {
            var top = Top;
            if (top.Type == Block.FlowSeq && token.Kind == ScannedTokenKind.FlowSequenceEnd && !consumed)
            {
                _stack.RemoveAt(_stack.Count - 1);
                consumed = true;
            }
            else if (top.Type == Block.FlowMap && token.Kind == ScannedTokenKind.FlowMappingEnd && !consumed)
            {
                _stack.RemoveAt(_stack.Count - 1);
                consumed = true;
            }
            else if (top.Type is Block.BlockMap or Block.BlockSeq && token.Kind == ScannedTokenKind.BlockEnd && !top.ImplicitBlockSeq && !consumed)
            {
                _stack.RemoveAt(_stack.Count - 1);
                consumed = true;
            }
            else if (top.Type == Block.BlockEntry && token.Kind != ScannedTokenKind.BlockEntry && _stack.Count >= 2 && _stack[^2].ImplicitBlockSeq
                && token.Kind is not (ScannedTokenKind.Anchor or ScannedTokenKind.Tag) && next?.Kind != ScannedTokenKind.BlockEntry)
            {
                _stack.RemoveAt(_stack.Count - 1);
                _stack.RemoveAt(_stack.Count - 1);
            }
            else if (top.Type == Block.BlockEntry && next is { Kind: ScannedTokenKind.BlockEntry or ScannedTokenKind.BlockEnd })
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
            else if (top.Type == Block.Val && token.Kind is not (ScannedTokenKind.Value or ScannedTokenKind.Anchor or ScannedTokenKind.Tag))
            {
                Assert(_stack.Count >= 2 && _stack[^2].Type == Block.Key);
                _stack.RemoveAt(_stack.Count - 1);
                _stack.RemoveAt(_stack.Count - 1);
            }
            else if (top.Type == Block.Key
                && next is { Kind: ScannedTokenKind.BlockEnd or ScannedTokenKind.FlowMappingEnd or ScannedTokenKind.FlowSequenceEnd or ScannedTokenKind.Key })
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
            else
            {
                break;
            }

            if (_stack.Count == 0)
            {
                // yamllint would fail here; keep a root so the next tokens still have a reference.
                _stack.Add(new Parent(Block.Root, 0));
                break;
            }
        }
    }

    private int DetectIndent(int baseIndent, StreamToken next)
    {
        _spaces ??= next.Start.Column - baseIndent;
        return baseIndent + _spaces.Value;
    }

    private void CheckScalar(StreamToken token)
    {
        if (token.Start.Line == token.End.Line)
        {
            return;
        }

        int? expected = null;
        var line = token.Start.Line + 1;
        var lineStart = token.Start.Index;
        var text = _stream.Text;
        var searchEnd = token.End.Index - 1;
        while (true)
        {
            var newline = lineStart < searchEnd ? text.IndexOf('\n', lineStart, searchEnd - lineStart) : -1;
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
            line++;
            var indent = 0;
            while (_stream.CharAt(lineStart + indent) == ' ')
            {
                indent++;
            }

            if (_stream.CharAt(lineStart + indent) == '\n')
            {
                continue;
            }

            expected ??= ExpectedScalarIndent(token, indent);
            if (indent != expected)
            {
                _context.Report(line, indent + 1, $"wrong indentation: expected {expected} but found {indent}");
            }
        }
    }

    private int ExpectedScalarIndent(StreamToken token, int found)
    {
        int Detect(int baseIndent)
        {
            _spaces ??= found - baseIndent;
            return baseIndent + _spaces.Value;
        }

        if (token.Style == '\0')
        {
            return token.Start.Column;
        }

        if (token.Style is '"' or '\'')
        {
            return token.Start.Column + 1;
        }

        switch (Top.Type)
        {
            case Block.BlockEntry:
            case Block.Key:
                return Detect(token.Start.Column);
            case Block.Val:
                if (token.Start.Line + 1 > _currentLine)
                {
                    return Detect(Top.Indent);
                }

                return _stack.Count >= 2 && _stack[^2].ExplicitKey ? Detect(token.Start.Column) : Detect(_stack.Count >= 2 ? _stack[^2].Indent : 0);
            default:
                return Detect(Top.Indent);
        }
    }

    private static void Assert(bool condition)
    {
        if (!condition)
        {
            throw new UnexpectedTokenException();
        }
    }

    /// <summary>The token does not fit the structure (yamllint's failed assertion).</summary>
    internal sealed class UnexpectedTokenException : Exception
    {
    }

    private sealed class Parent(Block type, int indent)
    {
        public Block Type { get; } = type;

        public int Indent { get; } = indent;

        public int LineIndent { get; init; }

        public bool ExplicitKey { get; init; }

        public bool ImplicitBlockSeq { get; init; }
    }
}
