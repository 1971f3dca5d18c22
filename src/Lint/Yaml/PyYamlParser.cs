namespace IacTest.Lint.Yaml;

/// <summary>
/// PyYAML's parser (yaml/parser.py) as a state machine that checks the token stream without building events: the
/// same states, the same order of token requests (so a scanner error and a parser error come out in PyYAML's order)
/// and the same problems at the same marks.
/// </summary>
internal sealed class PyYamlParser(PyYamlScanner scanner)
{
    private readonly List<State> _states = [];
    private HashSet<string>? _tagHandles;
    private State _state = State.StreamStart;

    private enum State : byte
    {
        End,
        StreamStart,
        ImplicitDocumentStart,
        DocumentStart,
        DocumentEnd,
        DocumentContent,
        BlockNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowSequenceEntryMappingKey,
        FlowSequenceEntryMappingValue,
        FlowSequenceEntryMappingEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
    }

    /// <summary>Runs to the end of the stream; throws <see cref="PyYamlSyntaxException"/> at the first problem.</summary>
    public void Run()
    {
        while (_state != State.End)
        {
            Step();
        }
    }

    private PyYamlTokenKind Kind => scanner.PeekKind();

    private bool Check(PyYamlTokenKind kind) => scanner.PeekKind() == kind;

    private void Pop()
    {
        _state = _states[^1];
        _states.RemoveAt(_states.Count - 1);
    }

    private void Step()
    {
        switch (_state)
        {
            case State.StreamStart:
                scanner.Next();
                _state = State.ImplicitDocumentStart;
                break;
            case State.ImplicitDocumentStart:
                if (Kind is not (PyYamlTokenKind.Directive or PyYamlTokenKind.DocumentStart or PyYamlTokenKind.StreamEnd))
                {
                    _tagHandles = null;
                    _states.Add(State.DocumentEnd);
                    _state = State.BlockNode;
                }
                else
                {
                    DocumentStart();
                }

                break;
            case State.DocumentStart:
                DocumentStart();
                break;
            case State.DocumentEnd:
                if (Check(PyYamlTokenKind.DocumentEnd))
                {
                    scanner.Next();
                }

                _state = State.DocumentStart;
                break;
            case State.DocumentContent:
                if (Kind is PyYamlTokenKind.Directive or PyYamlTokenKind.DocumentStart or PyYamlTokenKind.DocumentEnd or PyYamlTokenKind.StreamEnd)
                {
                    Pop();
                }
                else
                {
                    Node(block: true, indentlessSequence: false);
                }

                break;
            case State.BlockNode:
                Node(block: true, indentlessSequence: false);
                break;
            case State.BlockSequenceFirstEntry:
                scanner.Next();
                BlockSequenceEntry();
                break;
            case State.BlockSequenceEntry:
                BlockSequenceEntry();
                break;
            case State.IndentlessSequenceEntry:
                if (Check(PyYamlTokenKind.BlockEntry))
                {
                    scanner.Next();
                    if (Kind is not (PyYamlTokenKind.BlockEntry or PyYamlTokenKind.Key or PyYamlTokenKind.Value or PyYamlTokenKind.BlockEnd))
                    {
                        _states.Add(State.IndentlessSequenceEntry);
                        Node(block: true, indentlessSequence: false);
                    }
                }
                else
                {
                    scanner.Peek();
                    Pop();
                }

                break;
            case State.BlockMappingFirstKey:
                scanner.Next();
                BlockMappingKey();
                break;
            case State.BlockMappingKey:
                BlockMappingKey();
                break;
            case State.BlockMappingValue:
                if (Check(PyYamlTokenKind.Value))
                {
                    scanner.Next();
                    if (Kind is not (PyYamlTokenKind.Key or PyYamlTokenKind.Value or PyYamlTokenKind.BlockEnd))
                    {
                        _states.Add(State.BlockMappingKey);
                        Node(block: true, indentlessSequence: true);
                        break;
                    }
                }
                else
                {
                    scanner.Peek();
                }

                _state = State.BlockMappingKey;
                break;
            case State.FlowSequenceFirstEntry:
                scanner.Next();
                FlowSequenceEntry(first: true);
                break;
            case State.FlowSequenceEntry:
                FlowSequenceEntry(first: false);
                break;
            case State.FlowSequenceEntryMappingKey:
                scanner.Next();
                if (Kind is not (PyYamlTokenKind.Value or PyYamlTokenKind.FlowEntry or PyYamlTokenKind.FlowSequenceEnd))
                {
                    _states.Add(State.FlowSequenceEntryMappingValue);
                    Node(block: false, indentlessSequence: false);
                }
                else
                {
                    _state = State.FlowSequenceEntryMappingValue;
                }

                break;
            case State.FlowSequenceEntryMappingValue:
                FlowValue(PyYamlTokenKind.FlowSequenceEnd, State.FlowSequenceEntryMappingEnd);
                break;
            case State.FlowSequenceEntryMappingEnd:
                _state = State.FlowSequenceEntry;
                scanner.Peek();
                break;
            case State.FlowMappingFirstKey:
                scanner.Next();
                FlowMappingKey(first: true);
                break;
            case State.FlowMappingKey:
                FlowMappingKey(first: false);
                break;
            case State.FlowMappingValue:
                FlowValue(PyYamlTokenKind.FlowMappingEnd, State.FlowMappingKey);
                break;
            case State.FlowMappingEmptyValue:
                _state = State.FlowMappingKey;
                scanner.Peek();
                break;
        }
    }

    private void DocumentStart()
    {
        while (Check(PyYamlTokenKind.DocumentEnd))
        {
            scanner.Next();
        }

        if (Check(PyYamlTokenKind.StreamEnd))
        {
            scanner.Next();
            _state = State.End;
            return;
        }

        ProcessDirectives();
        if (!Check(PyYamlTokenKind.DocumentStart))
        {
            var token = scanner.Peek();
            throw new PyYamlSyntaxException(token.Start, $"expected '<document start>', but found {PythonRepr.Of(PyYamlToken.Id(token.Kind))}");
        }

        scanner.Next();
        _states.Add(State.DocumentEnd);
        _state = State.DocumentContent;
    }

    private void ProcessDirectives()
    {
        var sawVersion = false;
        _tagHandles = null;
        while (Check(PyYamlTokenKind.Directive))
        {
            var token = scanner.Next();
            if (token.Text == "YAML")
            {
                if (sawVersion)
                {
                    throw new PyYamlSyntaxException(token.Start, "found duplicate YAML directive");
                }

                if (token.Number != 1)
                {
                    throw new PyYamlSyntaxException(token.Start, "found incompatible YAML document (version 1.* is required)");
                }

                sawVersion = true;
            }
            else if (token.Text is ['!', ..] handle)
            {
                _tagHandles ??= new HashSet<string>(StringComparer.Ordinal);
                if (!_tagHandles.Add(handle))
                {
                    throw new PyYamlSyntaxException(token.Start, $"duplicate tag handle {PythonRepr.Of(handle)}");
                }
            }
        }
    }

    private void Node(bool block, bool indentlessSequence)
    {
        if (Check(PyYamlTokenKind.Alias))
        {
            scanner.Next();
            Pop();
            return;
        }

        var hasProperties = false;
        if (Check(PyYamlTokenKind.Anchor))
        {
            scanner.Next();
            hasProperties = true;
            if (Check(PyYamlTokenKind.Tag))
            {
                CheckHandle(scanner.Next());
            }
        }
        else if (Check(PyYamlTokenKind.Tag))
        {
            var tag = scanner.Next();
            hasProperties = true;
            var handleChecked = false;
            if (Check(PyYamlTokenKind.Anchor))
            {
                // PyYAML resolves the handle after reading the anchor too.
                scanner.Next();
                CheckHandle(tag);
                handleChecked = true;
            }

            if (!handleChecked)
            {
                CheckHandle(tag);
            }
        }

        if (indentlessSequence && Check(PyYamlTokenKind.BlockEntry))
        {
            _state = State.IndentlessSequenceEntry;
            return;
        }

        switch (Kind)
        {
            case PyYamlTokenKind.Scalar:
                scanner.Next();
                Pop();
                return;
            case PyYamlTokenKind.FlowSequenceStart:
                _state = State.FlowSequenceFirstEntry;
                return;
            case PyYamlTokenKind.FlowMappingStart:
                _state = State.FlowMappingFirstKey;
                return;
            case PyYamlTokenKind.BlockSequenceStart when block:
                _state = State.BlockSequenceFirstEntry;
                return;
            case PyYamlTokenKind.BlockMappingStart when block:
                _state = State.BlockMappingFirstKey;
                return;
        }

        if (hasProperties)
        {
            Pop();
            return;
        }

        var token = scanner.Peek();
        throw new PyYamlSyntaxException(token.Start, $"expected the node content, but found {PythonRepr.Of(PyYamlToken.Id(token.Kind))}");
    }

    private void CheckHandle(PyYamlToken tag)
    {
        // A tag without a handle (verbatim, or a lone '!') needs none; '!' and '!!' are always defined.
        if (tag.Text is null or "!" or "!!" || _tagHandles?.Contains(tag.Text) == true)
        {
            return;
        }

        throw new PyYamlSyntaxException(tag.Start, $"found undefined tag handle {PythonRepr.Of(tag.Text)}");
    }

    private void BlockSequenceEntry()
    {
        if (Check(PyYamlTokenKind.BlockEntry))
        {
            scanner.Next();
            if (Kind is not (PyYamlTokenKind.BlockEntry or PyYamlTokenKind.BlockEnd))
            {
                _states.Add(State.BlockSequenceEntry);
                Node(block: true, indentlessSequence: false);
            }
            else
            {
                _state = State.BlockSequenceEntry;
            }

            return;
        }

        ExpectBlockEnd();
    }

    private void BlockMappingKey()
    {
        if (Check(PyYamlTokenKind.Key))
        {
            scanner.Next();
            if (Kind is not (PyYamlTokenKind.Key or PyYamlTokenKind.Value or PyYamlTokenKind.BlockEnd))
            {
                _states.Add(State.BlockMappingValue);
                Node(block: true, indentlessSequence: true);
            }
            else
            {
                _state = State.BlockMappingValue;
            }

            return;
        }

        ExpectBlockEnd();
    }

    private void ExpectBlockEnd()
    {
        if (!Check(PyYamlTokenKind.BlockEnd))
        {
            var token = scanner.Peek();
            throw new PyYamlSyntaxException(token.Start, $"expected <block end>, but found {PythonRepr.Of(PyYamlToken.Id(token.Kind))}");
        }

        scanner.Next();
        Pop();
    }

    private void FlowSequenceEntry(bool first)
    {
        if (!Check(PyYamlTokenKind.FlowSequenceEnd))
        {
            if (!first)
            {
                if (Check(PyYamlTokenKind.FlowEntry))
                {
                    scanner.Next();
                }
                else
                {
                    var token = scanner.Peek();
                    throw new PyYamlSyntaxException(token.Start, $"expected ',' or ']', but got {PythonRepr.Of(PyYamlToken.Id(token.Kind))}");
                }
            }

            if (Check(PyYamlTokenKind.Key))
            {
                _state = State.FlowSequenceEntryMappingKey;
                return;
            }

            if (!Check(PyYamlTokenKind.FlowSequenceEnd))
            {
                _states.Add(State.FlowSequenceEntry);
                Node(block: false, indentlessSequence: false);
                return;
            }
        }

        scanner.Next();
        Pop();
    }

    private void FlowMappingKey(bool first)
    {
        if (!Check(PyYamlTokenKind.FlowMappingEnd))
        {
            if (!first)
            {
                if (Check(PyYamlTokenKind.FlowEntry))
                {
                    scanner.Next();
                }
                else
                {
                    var token = scanner.Peek();
                    throw new PyYamlSyntaxException(token.Start, $"expected ',' or '}}', but got {PythonRepr.Of(PyYamlToken.Id(token.Kind))}");
                }
            }

            if (Check(PyYamlTokenKind.Key))
            {
                scanner.Next();
                if (Kind is not (PyYamlTokenKind.Value or PyYamlTokenKind.FlowEntry or PyYamlTokenKind.FlowMappingEnd))
                {
                    _states.Add(State.FlowMappingValue);
                    Node(block: false, indentlessSequence: false);
                }
                else
                {
                    _state = State.FlowMappingValue;
                }

                return;
            }

            if (!Check(PyYamlTokenKind.FlowMappingEnd))
            {
                _states.Add(State.FlowMappingEmptyValue);
                Node(block: false, indentlessSequence: false);
                return;
            }
        }

        scanner.Next();
        Pop();
    }

    /// <summary>The value of a flow pair (in a mapping, or a single pair in a sequence).</summary>
    private void FlowValue(PyYamlTokenKind collectionEnd, State next)
    {
        if (Check(PyYamlTokenKind.Value))
        {
            scanner.Next();
            if (Kind != PyYamlTokenKind.FlowEntry && Kind != collectionEnd)
            {
                _states.Add(next);
                Node(block: false, indentlessSequence: false);
                return;
            }
        }

        _state = next;
    }
}
