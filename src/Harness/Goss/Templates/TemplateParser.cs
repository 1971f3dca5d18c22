using System.Globalization;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Builds the tree of a goss template from its tokens: text, actions, <c>if</c>/<c>else if</c>/<c>else</c>,
/// <c>range</c> (with <c>$i, $x :=</c>), <c>with</c>, <c>define</c>, <c>template</c>, <c>block</c>, pipelines,
/// parenthesised pipelines and variables — the part of Go's text/template goss files use. <c>break</c> and
/// <c>continue</c> are reported as not supported.
/// </summary>
internal sealed class TemplateParser(string source, List<Token> tokens)
{
    private readonly Dictionary<string, IReadOnlyList<TemplateNode>> _definitions = new(StringComparer.Ordinal);
    private int _index;

    /// <summary>The templates the file defines (<c>define</c> and <c>block</c>), by name; filled by <see cref="Parse"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TemplateNode>> Definitions => _definitions;

    /// <summary>Parses the whole file; throws <see cref="TemplateException"/> at the first error.</summary>
    public IReadOnlyList<TemplateNode> Parse()
    {
        var (nodes, stop) = ParseList();
        if (stop is not null)
        {
            throw new TemplateException(stop.Line, stop.Column, $"{{{{ {stop.Value} }}}} without an opening if, range or with");
        }

        return nodes;
    }

    /// <summary>Reads nodes until <c>{{ end }}</c> or <c>{{ else }}</c> (returned as the stop token) or the end of the file.</summary>
    private (List<TemplateNode> Nodes, Token? Stop) ParseList()
    {
        var nodes = new List<TemplateNode>();
        while (_index < tokens.Count)
        {
            var token = tokens[_index];
            if (token.Kind == TokenKind.Text)
            {
                nodes.Add(new TextNode(token.Value, token.Line, token.Column));
                _index++;
                continue;
            }

            var start = Expect(TokenKind.ActionStart, "'{{'");
            if (Peek() is { Kind: TokenKind.Identifier, Value: "end" or "else" } keyword)
            {
                _index++;
                if (keyword.Value == "end")
                {
                    Expect(TokenKind.ActionEnd, "'}}' after end");
                }

                return (nodes, keyword);
            }

            if (Peek() is { Kind: TokenKind.Identifier, Value: "if" or "range" or "with" } branch)
            {
                _index++;
                nodes.Add(ParseBranch(branch));
                continue;
            }

            if (Peek() is { Kind: TokenKind.Identifier, Value: "define" or "template" or "block" } named)
            {
                _index++;
                if (ParseNamed(named, start) is { } call)
                {
                    nodes.Add(call);
                }

                continue;
            }

            if (Peek() is { Kind: TokenKind.Identifier, Value: "break" or "continue" } unsupported)
            {
                throw new TemplateException(unsupported.Line, unsupported.Column, $"'{unsupported.Value}' is not supported in goss files here");
            }

            var pipeline = ParsePipeline(allowDeclaration: true);
            var end = Expect(TokenKind.ActionEnd, "'}}'");
            nodes.Add(new ActionNode(pipeline, source[start.Offset..(end.Offset + 2)], start.Line, start.Column));
        }

        return (nodes, null);
    }

    /// <summary>
    /// After <c>define</c>, <c>template</c> or <c>block</c>: a define only records its body (it prints nothing); a
    /// block records its body and calls it; a template calls. Like Go, a name defined twice with content is an error.
    /// </summary>
    private TemplateCallNode? ParseNamed(Token keyword, Token start)
    {
        var name = Expect(TokenKind.String, $"a template name in quotes after {keyword.Value}");
        PipelineNode? pipeline = null;
        if (keyword.Value != "define" && Peek() is { Kind: not TokenKind.ActionEnd })
        {
            pipeline = ParsePipeline(allowDeclaration: false);
        }
        else if (keyword.Value == "block")
        {
            throw new TemplateException(keyword.Line, keyword.Column, "block needs a pipeline after its name, e.g. {{ block \"name\" . }}");
        }

        var end = Expect(TokenKind.ActionEnd, $"'}}}}' after {keyword.Value} \"{name.Value}\"");
        var call = new TemplateCallNode(name.Value, pipeline, source[start.Offset..(end.Offset + 2)], keyword.Line, keyword.Column);
        if (keyword.Value == "template")
        {
            return call;
        }

        var (body, stop) = ParseList();
        if (stop is not { Value: "end" })
        {
            throw new TemplateException(keyword.Line, keyword.Column, stop is null ? $"{{{{ {keyword.Value} }}}} without {{{{ end }}}}" : $"{{{{ else }}}} inside {keyword.Value} \"{name.Value}\"");
        }

        var hasContent = body.Any(n => n is not TextNode text || !string.IsNullOrWhiteSpace(text.Text));
        if (_definitions.TryGetValue(name.Value, out var existing) && hasContent
            && existing.Any(n => n is not TextNode text || !string.IsNullOrWhiteSpace(text.Text)))
        {
            throw new TemplateException(name.Line, name.Column, $"multiple definition of template \"{name.Value}\"");
        }

        if (hasContent || !_definitions.ContainsKey(name.Value))
        {
            _definitions[name.Value] = body;
        }

        return keyword.Value == "block" ? call : null;
    }

    /// <summary>After <c>if</c>/<c>range</c>/<c>with</c>: the pipeline, the body, an optional else (or else if) and the end.</summary>
    private BranchNode ParseBranch(Token keyword)
    {
        var pipeline = ParsePipeline(allowDeclaration: keyword.Value != "if");
        Expect(TokenKind.ActionEnd, $"'}}}}' after {keyword.Value}");
        var (then, stop) = ParseList();
        if (stop is null)
        {
            throw new TemplateException(keyword.Line, keyword.Column, $"{{{{ {keyword.Value} }}}} without {{{{ end }}}}");
        }

        if (stop.Value == "end")
        {
            return new BranchNode(keyword.Value, pipeline, then, [], keyword.Line, keyword.Column);
        }

        // else: either "else }}" with a body up to end, or "else if …" which shares the outer end.
        if (Peek() is { Kind: TokenKind.Identifier, Value: "if" or "with" } chained)
        {
            _index++;
            var nested = ParseBranch(chained);
            return new BranchNode(keyword.Value, pipeline, then, [nested], keyword.Line, keyword.Column);
        }

        Expect(TokenKind.ActionEnd, "'}}' after else");
        var (otherwise, end) = ParseList();
        if (end is not { Value: "end" })
        {
            throw new TemplateException(keyword.Line, keyword.Column, $"{{{{ {keyword.Value} }}}} without {{{{ end }}}}");
        }

        return new BranchNode(keyword.Value, pipeline, then, otherwise, keyword.Line, keyword.Column);
    }

    private PipelineNode ParsePipeline(bool allowDeclaration)
    {
        var first = Peek() ?? throw End();
        var variables = new List<string>();
        var isAssignment = false;
        if (allowDeclaration && first.Kind == TokenKind.Variable && IsDeclaration())
        {
            variables.Add(first.Value);
            _index++;
            if (Peek() is { Kind: TokenKind.Comma })
            {
                _index++;
                variables.Add(Expect(TokenKind.Variable, "a second variable after ','").Value);
            }

            isAssignment = Peek()!.Kind == TokenKind.Assign;
            _index++;
        }

        var commands = new List<CommandNode> { ParseCommand() };
        while (Peek() is { Kind: TokenKind.Pipe })
        {
            _index++;
            commands.Add(ParseCommand());
        }

        return new PipelineNode(variables, isAssignment, commands, first.Line, first.Column);
    }

    /// <summary>True when the tokens from here read <c>$x :=</c>, <c>$x =</c> or <c>$i, $x :=</c>.</summary>
    private bool IsDeclaration()
    {
        var next = _index + 1 < tokens.Count ? tokens[_index + 1] : null;
        if (next?.Kind is TokenKind.Declare or TokenKind.Assign)
        {
            return true;
        }

        return next?.Kind == TokenKind.Comma && _index + 3 < tokens.Count && tokens[_index + 2].Kind == TokenKind.Variable
            && tokens[_index + 3].Kind is TokenKind.Declare or TokenKind.Assign;
    }

    private CommandNode ParseCommand()
    {
        var first = Peek() ?? throw End();
        var operands = new List<OperandNode>();
        while (Peek() is { Kind: not (TokenKind.ActionEnd or TokenKind.Pipe or TokenKind.RightParen) })
        {
            operands.Add(ParseOperand());
        }

        if (operands.Count == 0)
        {
            throw new TemplateException(first.Line, first.Column, "missing value in an action");
        }

        return new CommandNode(operands, first.Line, first.Column);
    }

    private OperandNode ParseOperand()
    {
        var token = tokens[_index++];
        switch (token.Kind)
        {
            case TokenKind.Field:
                return new FieldOperand(Fields(token.Value), token.Line, token.Column);
            case TokenKind.Variable:
                return new VariableOperand(token.Value, TrailingFields(), token.Line, token.Column);
            case TokenKind.String:
                return new ConstantOperand(token.Value, token.Line, token.Column);
            case TokenKind.Number:
                return new ConstantOperand(Number(token), token.Line, token.Column);
            case TokenKind.Identifier:
                return token.Value switch
                {
                    "true" => new ConstantOperand(true, token.Line, token.Column),
                    "false" => new ConstantOperand(false, token.Line, token.Column),
                    "nil" => new ConstantOperand(null, token.Line, token.Column),
                    _ => new FunctionOperand(token.Value, token.Line, token.Column),
                };
            case TokenKind.LeftParen:
                var pipeline = ParsePipeline(allowDeclaration: false);
                Expect(TokenKind.RightParen, "')'");
                return new PipelineOperand(pipeline, TrailingFields(), token.Line, token.Column);
            default:
                throw new TemplateException(token.Line, token.Column, $"unexpected '{token.Value}' in an action");
        }
    }

    // Fields belong to the variable or parenthesised pipeline before them only when written right after it, as Go reads
    // them: "(list 1).x" reads x of the list, "(list 1) .Vars.x" is two operands.
    private List<string> TrailingFields() =>
        Peek() is { Kind: TokenKind.Field } field && field.Value.Length > 1
        && tokens[_index - 1] is var before && field.Offset == before.Offset + before.Value.Length
        && (_index++ >= 0) ? Fields(field.Value) : [];

    private static List<string> Fields(string chain) => chain.Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static object Number(Token token)
    {
        var text = token.Value.Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return hex;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        throw new TemplateException(token.Line, token.Column, $"bad number '{token.Value}'");
    }

    private Token? Peek() => _index < tokens.Count ? tokens[_index] : null;

    private Token Expect(TokenKind kind, string what)
    {
        var token = Peek() ?? throw End();
        if (token.Kind != kind)
        {
            throw new TemplateException(token.Line, token.Column, $"expected {what}, found '{token.Value}'");
        }

        _index++;
        return token;
    }

    private TemplateException End()
    {
        var last = tokens.Count > 0 ? tokens[^1] : new Token(TokenKind.Text, "", 1, 1, 0);
        return new TemplateException(last.Line, last.Column, "the template ends inside an action");
    }
}
