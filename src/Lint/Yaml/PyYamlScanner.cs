namespace IacTest.Lint.Yaml;

/// <summary>
/// PyYAML's scanner (yaml/scanner.py), rule for rule, reduced to what decides validity and error positions: tokens
/// carry kinds and marks, not values. yamllint judges syntax with PyYAML, so following its scanner — not the YAML
/// spec, not YamlDotNet — is what puts an error where yamllint puts it.
/// </summary>
/// <remarks>
/// Two departures, neither visible in results: the pending simple keys are a stack ordered by flow level instead of
/// a dictionary scanned whole on every token (PyYAML's is quadratic on deep flow nesting), and scalar text is
/// skipped rather than assembled.
/// </remarks>
internal sealed class PyYamlScanner
{
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029");

    private readonly string _text;
    private readonly List<PyYamlToken> _tokens = new(16);
    private readonly List<int> _indents = [];

    // Pending simple keys, lowest flow level first: keys are saved only at the current (deepest) level and a level's
    // key goes when the level closes, so levels and offsets both grow along the list.
    private readonly List<SimpleKey> _simpleKeys = [];
    private int _simpleKeysHead;

    private readonly int _flowNestingLimit;
    private readonly bool _simpleColumns;
    private int _head;
    private int _index;
    private int _line;
    private int _column;
    private bool _done;
    private int _flowLevel;
    private int _tokensTaken;
    private int _indent = -1;
    private bool _allowSimpleKey = true;

    public PyYamlScanner(string text, int flowNestingLimit = int.MaxValue)
    {
        _flowNestingLimit = flowNestingLimit;
        _simpleColumns = text.AsSpan().IndexOfAnyInRange('\uD800', '\uFFFF') < 0;
        _text = text;
        var mark = Mark;
        _tokens.Add(new PyYamlToken(PyYamlTokenKind.StreamStart, mark, mark));
    }

    private PyYamlMark Mark => new(_index, _line, _column);

    /// <summary>The deepest flow nesting seen so far.</summary>
    public int MaxFlowLevel { get; private set; }

    /// <summary>Where a bracket first nested flow collections deeper than the limit, or null.</summary>
    public PyYamlMark? TooDeep { get; private set; }

    /// <summary>The kind of the next token without taking it (<see cref="PyYamlTokenKind.None"/> after the end).</summary>
    public PyYamlTokenKind PeekKind()
    {
        while (NeedMoreTokens())
        {
            FetchMoreTokens();
        }

        // Read in place: the parser asks for the kind several times a token, and a token is a few words to copy.
        return _head < _tokens.Count ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens)[_head].Kind : PyYamlTokenKind.None;
    }

    /// <summary>The next token without taking it.</summary>
    public PyYamlToken Peek()
    {
        while (NeedMoreTokens())
        {
            FetchMoreTokens();
        }

        return _head < _tokens.Count ? _tokens[_head] : default;
    }

    /// <summary>Takes the next token.</summary>
    public PyYamlToken Next()
    {
        var token = Peek();
        if (_head < _tokens.Count)
        {
            _tokensTaken++;
            _head++;
            if (_head == _tokens.Count)
            {
                _tokens.Clear();
                _head = 0;
            }
            else if (_head >= 1024 && _head * 2 >= _tokens.Count)
            {
                // Taken tokens are dropped in batches: the queue stays short and insertions cheap.
                _tokens.RemoveRange(0, _head);
                _head = 0;
            }
        }

        return token;
    }

    private int QueuedCount => _tokens.Count - _head;

    private char Peek(int offset)
    {
        var at = _index + offset;
        return at < _text.Length ? _text[at] : '\0';
    }

    private char Current => _index < _text.Length ? _text[_index] : '\0';

    private static bool IsBreakOrEnd(char c) => c is '\0' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsBlankOrEnd(char c) => c is ' ' or '\t' || IsBreakOrEnd(c);

    private static bool IsSpaceOrEnd(char c) => c == ' ' || IsBreakOrEnd(c);

    private static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsWordChar(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '-' or '_';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f');

    private void Forward(int length = 1)
    {
        for (; length > 0 && _index < _text.Length; length--)
        {
            var c = _text[_index++];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && Current != '\n'))
            {
                _line++;
                _column = 0;
            }
            else if (c != '\uFEFF' && !(char.IsLowSurrogate(c) && _index >= 2 && char.IsHighSurrogate(_text[_index - 2])))
            {
                // Python counts code points: the second half of a surrogate pair is no column of its own.
                _column++;
            }
        }
    }

    /// <summary>
    /// Moves over <paramref name="length"/> characters known to hold no line break: with no BOM or surrogate in the
    /// text (the usual case) every character is a column, so the columns are added at once.
    /// </summary>
    private void ForwardInLine(int length)
    {
        if (_simpleColumns)
        {
            _index += length;
            _column += length;
        }
        else
        {
            Forward(length);
        }
    }

    private static PyYamlSyntaxException Error(PyYamlMark mark, string problem) => new(mark, problem);

    private bool NeedMoreTokens()
    {
        if (_done)
        {
            return false;
        }

        if (QueuedCount == 0)
        {
            return true;
        }

        StalePossibleSimpleKeys();
        return _simpleKeysHead < _simpleKeys.Count && _simpleKeys[_simpleKeysHead].TokenNumber == _tokensTaken;
    }

    private void FetchMoreTokens()
    {
        ScanToNextToken();
        StalePossibleSimpleKeys();
        UnwindIndent(_column);
        var c = Current;
        switch (c)
        {
            case '\0' when _index >= _text.Length:
                FetchStreamEnd();
                return;
            case '%' when _column == 0:
                FetchDirective();
                return;
            case '-' when CheckDocumentIndicator('-'):
                FetchDocumentIndicator(PyYamlTokenKind.DocumentStart);
                return;
            case '.' when CheckDocumentIndicator('.'):
                FetchDocumentIndicator(PyYamlTokenKind.DocumentEnd);
                return;
            case '[':
                FetchFlowCollectionStart(PyYamlTokenKind.FlowSequenceStart);
                return;
            case '{':
                FetchFlowCollectionStart(PyYamlTokenKind.FlowMappingStart);
                return;
            case ']':
                FetchFlowCollectionEnd(PyYamlTokenKind.FlowSequenceEnd);
                return;
            case '}':
                FetchFlowCollectionEnd(PyYamlTokenKind.FlowMappingEnd);
                return;
            case ',':
                FetchFlowEntry();
                return;
            case '-' when IsBlankOrEnd(Peek(1)):
                FetchBlockEntry();
                return;
            case '?' when _flowLevel > 0 || IsBlankOrEnd(Peek(1)):
                FetchKey();
                return;
            case ':' when _flowLevel > 0 || IsBlankOrEnd(Peek(1)):
                FetchValue();
                return;
            case '*':
                SaveAndDisallow();
                Append(ScanAnchor(PyYamlTokenKind.Alias));
                return;
            case '&':
                SaveAndDisallow();
                Append(ScanAnchor(PyYamlTokenKind.Anchor));
                return;
            case '!':
                SaveAndDisallow();
                Append(ScanTag());
                return;
            case '|' or '>' when _flowLevel == 0:
                _allowSimpleKey = true;
                RemovePossibleSimpleKey();
                Append(ScanBlockScalar(c == '>'));
                return;
            case '\'' or '"':
                SaveAndDisallow();
                Append(ScanFlowScalar(c == '"'));
                return;
        }

        if (CheckPlain())
        {
            SaveAndDisallow();
            Append(ScanPlain());
            return;
        }

        throw Error(Mark, $"found character {PythonRepr.Of(c)} that cannot start any token");
    }

    private void SaveAndDisallow()
    {
        SavePossibleSimpleKey();
        _allowSimpleKey = false;
    }

    private void Append(PyYamlToken token) => _tokens.Add(token);

    private void Insert(int tokenNumber, PyYamlToken token) => _tokens.Insert(_head + (tokenNumber - _tokensTaken), token);

    private void StalePossibleSimpleKeys()
    {
        // Oldest first: once a key is on this line and within 1024 characters, every later one is too.
        while (_simpleKeysHead < _simpleKeys.Count)
        {
            var key = _simpleKeys[_simpleKeysHead];
            if (key.Line == _line && _index - key.Index <= 1024)
            {
                break;
            }

            if (key.Required)
            {
                throw Error(Mark, "could not find expected ':'");
            }

            _simpleKeysHead++;
        }

        if (_simpleKeysHead == _simpleKeys.Count && _simpleKeysHead > 0)
        {
            _simpleKeys.Clear();
            _simpleKeysHead = 0;
        }
        else if (_simpleKeysHead >= 1024 && _simpleKeysHead * 2 >= _simpleKeys.Count)
        {
            // Deep flow nesting leaves a stale key per level behind the head: drop them in batches.
            _simpleKeys.RemoveRange(0, _simpleKeysHead);
            _simpleKeysHead = 0;
        }
    }

    private void SavePossibleSimpleKey()
    {
        var required = _flowLevel == 0 && _indent == _column;
        if (_allowSimpleKey)
        {
            RemovePossibleSimpleKey();
            _simpleKeys.Add(new SimpleKey(_tokensTaken + QueuedCount, required, _index, _line, _column, _flowLevel, Mark));
        }
    }

    private bool TryTakeSimpleKeyOfLevel(out SimpleKey key)
    {
        if (_simpleKeysHead < _simpleKeys.Count && _simpleKeys[^1].FlowLevel == _flowLevel)
        {
            key = _simpleKeys[^1];
            _simpleKeys.RemoveAt(_simpleKeys.Count - 1);
            return true;
        }

        key = default;
        return false;
    }

    private void RemovePossibleSimpleKey()
    {
        if (TryTakeSimpleKeyOfLevel(out var key) && key.Required)
        {
            throw Error(Mark, "could not find expected ':'");
        }
    }

    private void UnwindIndent(int column)
    {
        if (_flowLevel > 0)
        {
            return;
        }

        while (_indent > column)
        {
            var mark = Mark;
            _indent = _indents[^1];
            _indents.RemoveAt(_indents.Count - 1);
            Append(new PyYamlToken(PyYamlTokenKind.BlockEnd, mark, mark));
        }
    }

    private bool AddIndent(int column)
    {
        if (_indent < column)
        {
            _indents.Add(_indent);
            _indent = column;
            return true;
        }

        return false;
    }

    private void FetchStreamEnd()
    {
        UnwindIndent(-1);
        RemovePossibleSimpleKey();
        _allowSimpleKey = false;
        _simpleKeys.Clear();
        _simpleKeysHead = 0;
        var mark = Mark;
        Append(new PyYamlToken(PyYamlTokenKind.StreamEnd, mark, mark));
        _done = true;
    }

    private void FetchDirective()
    {
        UnwindIndent(-1);
        RemovePossibleSimpleKey();
        _allowSimpleKey = false;
        Append(ScanDirective());
    }

    private bool CheckDocumentIndicator(char c) =>
        _column == 0 && Peek(1) == c && Peek(2) == c && _index + 2 < _text.Length && IsBlankOrEnd(Peek(3));

    private void FetchDocumentIndicator(PyYamlTokenKind kind)
    {
        UnwindIndent(-1);
        RemovePossibleSimpleKey();
        _allowSimpleKey = false;
        var start = Mark;
        Forward(3);
        Append(new PyYamlToken(kind, start, Mark));
    }

    private void FetchFlowCollectionStart(PyYamlTokenKind kind)
    {
        SavePossibleSimpleKey();
        _flowLevel++;
        MaxFlowLevel = Math.Max(MaxFlowLevel, _flowLevel);
        if (_flowLevel > _flowNestingLimit && TooDeep is null)
        {
            TooDeep = Mark;
        }

        _allowSimpleKey = true;
        var start = Mark;
        Forward();
        Append(new PyYamlToken(kind, start, Mark));
    }

    private void FetchFlowCollectionEnd(PyYamlTokenKind kind)
    {
        RemovePossibleSimpleKey();
        _flowLevel--;
        _allowSimpleKey = false;
        var start = Mark;
        Forward();
        Append(new PyYamlToken(kind, start, Mark));
    }

    private void FetchFlowEntry()
    {
        _allowSimpleKey = true;
        RemovePossibleSimpleKey();
        var start = Mark;
        Forward();
        Append(new PyYamlToken(PyYamlTokenKind.FlowEntry, start, Mark));
    }

    private void FetchBlockEntry()
    {
        if (_flowLevel == 0)
        {
            if (!_allowSimpleKey)
            {
                throw Error(Mark, "sequence entries are not allowed here");
            }

            OpenBlockCollectionIfIndented(PyYamlTokenKind.BlockSequenceStart);
        }

        _allowSimpleKey = true;
        RemovePossibleSimpleKey();
        var start = Mark;
        Forward();
        Append(new PyYamlToken(PyYamlTokenKind.BlockEntry, start, Mark));
    }

    /// <summary>A block collection of this kind starts here where the column is deeper than the current indent.</summary>
    private void OpenBlockCollectionIfIndented(PyYamlTokenKind startKind)
    {
        if (AddIndent(_column))
        {
            var mark = Mark;
            Append(new PyYamlToken(startKind, mark, mark));
        }
    }

    private void FetchKey()
    {
        if (_flowLevel == 0)
        {
            if (!_allowSimpleKey)
            {
                throw Error(Mark, "mapping keys are not allowed here");
            }

            OpenBlockCollectionIfIndented(PyYamlTokenKind.BlockMappingStart);
        }

        _allowSimpleKey = _flowLevel == 0;
        RemovePossibleSimpleKey();
        var start = Mark;
        Forward();
        Append(new PyYamlToken(PyYamlTokenKind.Key, start, Mark));
    }

    private void FetchValue()
    {
        if (TryTakeSimpleKeyOfLevel(out var key))
        {
            Insert(key.TokenNumber, new PyYamlToken(PyYamlTokenKind.Key, key.Mark, key.Mark));
            if (_flowLevel == 0 && AddIndent(key.Column))
            {
                Insert(key.TokenNumber, new PyYamlToken(PyYamlTokenKind.BlockMappingStart, key.Mark, key.Mark));
            }

            _allowSimpleKey = false;
        }
        else
        {
            if (_flowLevel == 0)
            {
                if (!_allowSimpleKey)
                {
                    throw Error(Mark, "mapping values are not allowed here");
                }

                OpenBlockCollectionIfIndented(PyYamlTokenKind.BlockMappingStart);
            }

            _allowSimpleKey = _flowLevel == 0;
            RemovePossibleSimpleKey();
        }

        var start = Mark;
        Forward();
        Append(new PyYamlToken(PyYamlTokenKind.Value, start, Mark));
    }

    private bool CheckPlain()
    {
        var c = Current;
        if (!(IsBlankOrEnd(c) || c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`'))
        {
            return true;
        }

        // A NUL inside the text is not the end; the reader rejected it before any scanning.
        return !IsBlankOrEnd(Peek(1)) && (c == '-' || (_flowLevel == 0 && c is '?' or ':'));
    }

    private void ScanToNextToken()
    {
        if (_index == 0 && Current == '\uFEFF')
        {
            Forward();
        }

        while (true)
        {
            var spaces = 0;
            while (Peek(spaces) == ' ')
            {
                spaces++;
            }

            ForwardInLine(spaces);
            if (Current == '#')
            {
                SkipToLineEnd();
            }

            if (ScanLineBreak())
            {
                if (_flowLevel == 0)
                {
                    _allowSimpleKey = true;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void SkipToLineEnd()
    {
        var length = _text.AsSpan(_index).IndexOfAny(LineBreaks);
        ForwardInLine(length < 0 ? _text.Length - _index : length);
    }

    private bool ScanLineBreak()
    {
        var c = Current;
        if (c is '\r' or '\n' or '\u0085')
        {
            Forward(c == '\r' && Peek(1) == '\n' ? 2 : 1);
            return true;
        }

        if (c is '\u2028' or '\u2029')
        {
            Forward();
            return true;
        }

        return false;
    }

    private PyYamlToken ScanDirective()
    {
        var start = Mark;
        Forward();
        var name = ScanDirectiveName();
        PyYamlMark end;
        string? handle = null;
        var major = 0;
        if (name == "YAML")
        {
            major = ScanYamlDirectiveValue();
            end = Mark;
        }
        else if (name == "TAG")
        {
            handle = ScanTagDirectiveValue();
            end = Mark;
        }
        else
        {
            end = Mark;
            SkipToLineEnd();
        }

        ScanIgnoredLine();
        // A TAG directive carries its handle (which starts with '!'), any other its name.
        return new PyYamlToken(PyYamlTokenKind.Directive, start, end, handle ?? name, major);
    }

    private void SkipSpaces()
    {
        while (Current == ' ')
        {
            Forward();
        }
    }

    /// <summary>How many word characters (letters, digits, '-', '_') follow: PyYAML's alphabet for names.</summary>
    private int WordLengthAhead()
    {
        var length = 0;
        while (IsWordChar(Peek(length)))
        {
            length++;
        }

        return length;
    }

    private string ScanDirectiveName()
    {
        var length = WordLengthAhead();
        if (length == 0)
        {
            throw Error(Mark, $"expected alphabetic or numeric character, but found {PythonRepr.Of(Peek(length))}");
        }

        var value = _text.Substring(_index, length);
        Forward(length);
        if (!IsSpaceOrEnd(Current))
        {
            throw Error(Mark, $"expected alphabetic or numeric character, but found {PythonRepr.Of(Current)}");
        }

        return value;
    }

    private int ScanYamlDirectiveValue()
    {
        SkipSpaces();

        var major = ScanYamlDirectiveNumber();
        if (Current != '.')
        {
            throw Error(Mark, $"expected a digit or '.', but found {PythonRepr.Of(Current)}");
        }

        Forward();
        ScanYamlDirectiveNumber();
        if (!IsSpaceOrEnd(Current))
        {
            throw Error(Mark, $"expected a digit or ' ', but found {PythonRepr.Of(Current)}");
        }

        return major;
    }

    private int ScanYamlDirectiveNumber()
    {
        if (Current is not (>= '0' and <= '9'))
        {
            throw Error(Mark, $"expected a digit, but found {PythonRepr.Of(Current)}");
        }

        var length = 0;
        var value = 0;
        while (Peek(length) is >= '0' and <= '9' and var digit)
        {
            // Only "is it 1" matters: saturate instead of overflowing on absurd versions.
            value = value > 1000 ? value : (value * 10) + (digit - '0');
            length++;
        }

        Forward(length);
        return value;
    }

    private string ScanTagDirectiveValue()
    {
        SkipSpaces();

        var handle = ScanTagHandle("directive");
        if (Current != ' ')
        {
            throw Error(Mark, $"expected ' ', but found {PythonRepr.Of(Current)}");
        }

        SkipSpaces();

        ScanTagUri("directive");
        if (!IsSpaceOrEnd(Current))
        {
            throw Error(Mark, $"expected ' ', but found {PythonRepr.Of(Current)}");
        }

        return handle;
    }

    /// <summary>
    /// The rest of a directive's or a block scalar header's line: spaces, a comment, a break. PyYAML has one function
    /// for each (scan_directive_ignored_line, scan_block_scalar_ignored_line) that differ only in the context line
    /// of their error, which the check's messages do not carry.
    /// </summary>
    private void ScanIgnoredLine()
    {
        SkipSpaces();

        if (Current == '#')
        {
            SkipToLineEnd();
        }

        if (!IsBreakOrEnd(Current))
        {
            throw Error(Mark, $"expected a comment or a line break, but found {PythonRepr.Of(Current)}");
        }

        ScanLineBreak();
    }

    private PyYamlToken ScanAnchor(PyYamlTokenKind kind)
    {
        var start = Mark;
        Forward();
        var length = WordLengthAhead();
        if (length == 0)
        {
            throw Error(Mark, $"expected alphabetic or numeric character, but found {PythonRepr.Of(Peek(length))}");
        }

        Forward(length);
        var c = Current;
        if (!(IsBlankOrEnd(c) || c is '?' or ':' or ',' or ']' or '}' or '%' or '@' or '`'))
        {
            throw Error(Mark, $"expected alphabetic or numeric character, but found {PythonRepr.Of(c)}");
        }

        return new PyYamlToken(kind, start, Mark);
    }

    private PyYamlToken ScanTag()
    {
        var start = Mark;
        var c = Peek(1);
        string? handle;
        if (c == '<')
        {
            handle = null;
            Forward(2);
            ScanTagUri("tag");
            if (Current != '>')
            {
                throw Error(Mark, $"expected '>', but found {PythonRepr.Of(Current)}");
            }

            Forward();
        }
        else if (IsBlankOrEnd(c))
        {
            handle = null;
            Forward();
        }
        else
        {
            var length = 1;
            var useHandle = false;
            while (!IsSpaceOrEnd(c))
            {
                if (c == '!')
                {
                    useHandle = true;
                    break;
                }

                length++;
                c = Peek(length);
            }

            if (useHandle)
            {
                handle = ScanTagHandle("tag");
            }
            else
            {
                handle = "!";
                Forward();
            }

            ScanTagUri("tag");
        }

        if (!IsSpaceOrEnd(Current))
        {
            throw Error(Mark, $"expected ' ', but found {PythonRepr.Of(Current)}");
        }

        return new PyYamlToken(PyYamlTokenKind.Tag, start, Mark, handle);
    }

    private PyYamlToken ScanBlockScalar(bool folded)
    {
        _ = folded;
        var start = Mark;
        Forward();
        var increment = ScanBlockScalarIndicators();
        ScanIgnoredLine();
        var minIndent = Math.Max(1, _indent + 1);
        int indent;
        PyYamlMark end;
        if (increment == 0)
        {
            var maxIndent = 0;
            end = Mark;
            while (Current == ' ' || IsBreak(Current))
            {
                if (Current != ' ')
                {
                    ScanLineBreak();
                    end = Mark;
                }
                else
                {
                    Forward();
                    maxIndent = Math.Max(maxIndent, _column);
                }
            }

            indent = Math.Max(minIndent, maxIndent);
        }
        else
        {
            indent = minIndent + increment - 1;
            end = ScanBlockScalarBreaks(indent);
        }

        while (_column == indent && !AtEnd)
        {
            SkipToLineEnd();
            ScanLineBreak();
            end = ScanBlockScalarBreaks(indent);
        }

        return new PyYamlToken(PyYamlTokenKind.Scalar, start, end);
    }

    private bool AtEnd => _index >= _text.Length;

    /// <summary>Reads the chomping and indentation indicators; returns the increment, 0 when none.</summary>
    private int ScanBlockScalarIndicators()
    {
        var increment = 0;
        var c = Current;
        if (c is '+' or '-')
        {
            Forward();
            c = Current;
            if (c is >= '0' and <= '9')
            {
                increment = CheckIncrement(c);
                Forward();
            }
        }
        else if (c is >= '0' and <= '9')
        {
            increment = CheckIncrement(c);
            Forward();
            if (Current is '+' or '-')
            {
                Forward();
            }
        }

        if (!IsSpaceOrEnd(Current))
        {
            throw Error(Mark, $"expected chomping or indentation indicators, but found {PythonRepr.Of(Current)}");
        }

        return increment;
    }

    private int CheckIncrement(char digit)
    {
        if (digit == '0')
        {
            throw Error(Mark, "expected indentation indicator in the range 1-9, but found 0");
        }

        return digit - '0';
    }

    private PyYamlMark ScanBlockScalarBreaks(int indent)
    {
        var end = Mark;
        while (_column < indent && Current == ' ')
        {
            Forward();
        }

        while (IsBreak(Current))
        {
            ScanLineBreak();
            end = Mark;
            while (_column < indent && Current == ' ')
            {
                Forward();
            }
        }

        return end;
    }

    private PyYamlToken ScanFlowScalar(bool isDouble)
    {
        var start = Mark;
        var quote = Current;
        Forward();
        ScanFlowScalarNonSpaces(isDouble);
        while (Current != quote || AtEnd)
        {
            ScanFlowScalarSpaces(isDouble);
            ScanFlowScalarNonSpaces(isDouble);
        }

        Forward();
        return new PyYamlToken(PyYamlTokenKind.Scalar, start, Mark);
    }

    private void ScanFlowScalarNonSpaces(bool isDouble)
    {
        while (true)
        {
            var length = 0;
            while (Peek(length) is not ('\'' or '"' or '\\' or ' ' or '\t' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                && _index + length < _text.Length)
            {
                length++;
            }

            ForwardInLine(length);
            var c = Current;
            if (AtEnd)
            {
                return;
            }

            if (!isDouble && c == '\'' && Peek(1) == '\'')
            {
                Forward(2);
            }
            else if ((isDouble && c == '\'') || (!isDouble && c is '"' or '\\'))
            {
                Forward();
            }
            else if (isDouble && c == '\\')
            {
                Forward();
                c = Current;
                if (!AtEnd && c is '0' or 'a' or 'b' or 't' or '\t' or 'n' or 'v' or 'f' or 'r' or 'e' or ' ' or '"' or '\\' or '/' or 'N' or '_' or 'L' or 'P')
                {
                    Forward();
                }
                else if (c is 'x' or 'u' or 'U')
                {
                    var length2 = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    Forward();
                    for (var k = 0; k < length2; k++)
                    {
                        if (!IsHex(Peek(k)))
                        {
                            throw Error(Mark, $"expected escape sequence of {length2} hexadecimal numbers, but found {PythonRepr.Of(Peek(k))}");
                        }
                    }

                    Forward(length2);
                }
                else if (IsBreak(c))
                {
                    ScanLineBreak();
                    ScanFlowScalarBreaks();
                }
                else
                {
                    throw Error(Mark, $"found unknown escape character {PythonRepr.Of(c)}");
                }
            }
            else
            {
                return;
            }
        }
    }

    private void ScanFlowScalarSpaces(bool isDouble)
    {
        _ = isDouble;
        while (Current is ' ' or '\t')
        {
            Forward();
        }

        if (AtEnd)
        {
            throw Error(Mark, "found unexpected end of stream");
        }

        if (IsBreak(Current))
        {
            ScanLineBreak();
            ScanFlowScalarBreaks();
        }
    }

    private void ScanFlowScalarBreaks()
    {
        while (true)
        {
            if (IsDocumentSeparatorHere())
            {
                throw Error(Mark, "found unexpected document separator");
            }

            while (Current is ' ' or '\t')
            {
                Forward();
            }

            if (IsBreak(Current))
            {
                ScanLineBreak();
            }
            else
            {
                return;
            }
        }
    }

    private bool IsDocumentSeparatorHere()
    {
        var c = Current;
        return c is '-' or '.' && Peek(1) == c && Peek(2) == c && _index + 2 < _text.Length && IsBlankOrEnd(Peek(3));
    }

    private PyYamlToken ScanPlain()
    {
        var start = Mark;
        var end = start;
        var indent = _indent + 1;
        while (true)
        {
            if (Current == '#')
            {
                break;
            }

            var length = 0;
            while (true)
            {
                var c = Peek(length);
                if ((IsBlankOrEnd(c) && (c != '\0' || _index + length >= _text.Length))
                    || (c == ':' && (IsBlankOrEnd(Peek(length + 1)) || (_flowLevel > 0 && Peek(length + 1) is ',' or '[' or ']' or '{' or '}')))
                    || (_flowLevel > 0 && c is ',' or '?' or '[' or ']' or '{' or '}'))
                {
                    break;
                }

                length++;
            }

            if (length == 0)
            {
                break;
            }

            _allowSimpleKey = false;
            ForwardInLine(length);
            end = Mark;
            if (!ScanPlainSpaces() || Current == '#' || (_flowLevel == 0 && _column < indent))
            {
                break;
            }
        }

        return new PyYamlToken(PyYamlTokenKind.Scalar, start, end);
    }

    /// <summary>Skips the spaces and breaks after a plain scalar's chunk; false where PyYAML's returns nothing.</summary>
    private bool ScanPlainSpaces()
    {
        var spaces = 0;
        while (Current == ' ')
        {
            spaces++;
            Forward();
        }

        if (IsBreak(Current))
        {
            ScanLineBreak();
            _allowSimpleKey = true;
            if (IsDocumentSeparatorHere())
            {
                return false;
            }

            while (Current == ' ' || IsBreak(Current))
            {
                if (Current == ' ')
                {
                    Forward();
                }
                else
                {
                    ScanLineBreak();
                    if (IsDocumentSeparatorHere())
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        return spaces > 0;
    }

    private string ScanTagHandle(string name)
    {
        _ = name;
        if (Current != '!')
        {
            throw Error(Mark, $"expected '!', but found {PythonRepr.Of(Current)}");
        }

        var length = 1;
        var c = Peek(length);
        if (c != ' ')
        {
            while (IsWordChar(c))
            {
                length++;
                c = Peek(length);
            }

            if (c != '!')
            {
                Forward(length);
                throw Error(Mark, $"expected '!', but found {PythonRepr.Of(c)}");
            }

            length++;
        }

        var value = length switch
        {
            1 => "!",
            2 when Peek(1) == '!' => "!!",
            _ => _text.Substring(_index, length),
        };
        Forward(length);
        return value;
    }

    private void ScanTagUri(string name)
    {
        var length = 0;
        var any = false;
        var c = Peek(length);
        while (IsWordChar(c) || c is ';' or '/' or '?' or ':' or '@' or '&' or '=' or '+' or '$' or ',' or '.' or '!' or '~' or '*' or '\'' or '(' or ')' or '[' or ']' or '%')
        {
            if (c == '%')
            {
                Forward(length);
                any |= length > 0;
                length = 0;
                ScanUriEscapes(name);
                any = true;
            }
            else
            {
                length++;
            }

            c = Peek(length);
        }

        if (length > 0)
        {
            Forward(length);
            any = true;
        }

        if (!any)
        {
            throw Error(Mark, $"expected URI, but found {PythonRepr.Of(c)}");
        }
    }

    private void ScanUriEscapes(string name)
    {
        _ = name;
        var mark = Mark;
        var bytes = new List<byte>();
        while (Current == '%')
        {
            Forward();
            for (var k = 0; k < 2; k++)
            {
                if (!IsHex(Peek(k)))
                {
                    throw Error(Mark, $"expected URI escape sequence of 2 hexadecimal numbers, but found {PythonRepr.Of(Peek(k))}");
                }
            }

            bytes.Add(Convert.ToByte(_text.Substring(_index, 2), 16));
            Forward(2);
        }

        try
        {
            _ = new System.Text.UTF8Encoding(false, true).GetString(bytes.ToArray());
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Error(mark, "'utf-8' codec can't decode the escaped bytes: invalid UTF-8");
        }
    }

    private readonly record struct SimpleKey(int TokenNumber, bool Required, int Index, int Line, int Column, int FlowLevel, PyYamlMark Mark);
}
