using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Runs a parsed goss template over <c>.Vars</c> and <c>.Env</c> as Go's text/template does: dot, variables
/// (<c>$</c> is the root), pipelines, <c>if</c>/<c>else</c>, <c>range</c> over lists (in order) and maps (sorted keys),
/// <c>with</c>, <c>template</c> calls of the file's own definitions. An action that fails is reported at its position and left in the output as written, so the value that
/// holds it is reported by the loader instead of being compared.
/// </summary>
internal sealed class TemplateEvaluator(TemplateFunctions functions, Action<TemplateException, string?> report)
{
    // Go stops runaway recursion at 100,000 nested calls; a goss file needs a handful, and this keeps the stack safe.
    private const int MaxTemplateDepth = 100;

    private IReadOnlyDictionary<string, IReadOnlyList<TemplateNode>> _definitions = new Dictionary<string, IReadOnlyList<TemplateNode>>();
    private int _depth;
    private readonly List<KeyValuePair<string, object?>> _variables = [];
    private readonly List<int> _sourceLines = [];
    private object? _root;
    private int _newlines;
    private int _counted;

    /// <summary>For each line of the last rendered text (0-based), the line of the goss file it came from.</summary>
    public IReadOnlyList<int> SourceLines => _sourceLines;

    /// <summary>
    /// Renders <paramref name="nodes"/> with <paramref name="root"/> (a map holding <c>Vars</c> and <c>Env</c>) as dot;
    /// <paramref name="definitions"/> are the named templates a <c>template</c> action can call.
    /// </summary>
    public string Render(IReadOnlyList<TemplateNode> nodes, object? root, IReadOnlyDictionary<string, IReadOnlyList<TemplateNode>>? definitions = null)
    {
        _root = root;
        _definitions = definitions ?? new Dictionary<string, IReadOnlyList<TemplateNode>>();
        _depth = 0;
        _variables.Clear();
        _sourceLines.Clear();
        _newlines = 0;
        _counted = 0;
        _variables.Add(new("$", root));
        var output = new StringBuilder();
        Walk(nodes, root, output);
        return output.ToString();
    }

    private void Walk(IReadOnlyList<TemplateNode> nodes, object? dot, StringBuilder output)
    {
        var scope = _variables.Count;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    Emit(output, text.Text, text.Line, advances: true);
                    break;
                case ActionNode action:
                    try
                    {
                        var value = Pipeline(action.Pipeline, dot);
                        if (action.Pipeline.Variables.Count == 0)
                        {
                            // Go prints a nil value as "<no value>"; goss then reads that text, so do the same.
                            Emit(output, value is null ? "<no value>" : TemplateValues.Print(value), action.Line, advances: false);
                        }
                    }
                    catch (TemplateException e)
                    {
                        report(e, action.Source);
                        Emit(output, action.Source, action.Line, advances: true);
                    }

                    break;
                case BranchNode branch:
                    Branch(branch, dot, output);
                    break;
                case TemplateCallNode call:
                    Call(call, dot, output);
                    break;
            }
        }

        _variables.RemoveRange(scope, _variables.Count - scope);
    }

    /// <summary>
    /// Appends text and remembers where each new output line came from: text of the file moves on with its own
    /// lines; everything an action prints belongs to the action's line.
    /// </summary>
    private void Emit(StringBuilder output, string text, int line, bool advances)
    {
        var outputLine = _sourceLines.Count == 0 ? 0 : CountLines(output);
        foreach (var c in text)
        {
            if (_sourceLines.Count == outputLine)
            {
                _sourceLines.Add(line);
            }

            output.Append(c);
            if (c == '\n')
            {
                outputLine++;
                line += advances ? 1 : 0;
            }
        }
    }

    /// <summary>The 0-based line the output is on, counting only what was appended since the last call.</summary>
    private int CountLines(StringBuilder output)
    {
        for (; _counted < output.Length; _counted++)
        {
            if (output[_counted] == '\n')
            {
                _newlines++;
            }
        }

        return _newlines;
    }

    /// <summary>Runs a named template: its own variables, with <c>$</c> and dot the value passed.</summary>
    private void Call(TemplateCallNode call, object? dot, StringBuilder output)
    {
        try
        {
            if (!_definitions.TryGetValue(call.Name, out var body))
            {
                throw new TemplateException(call.Line, call.Column, $"template \"{call.Name}\" not defined");
            }

            if (_depth >= MaxTemplateDepth)
            {
                throw new TemplateException(call.Line, call.Column, $"template \"{call.Name}\" calls itself more than {MaxTemplateDepth} levels deep");
            }

            var value = call.Pipeline is null ? null : Pipeline(call.Pipeline, dot);
            var saved = _variables.ToList();
            _variables.Clear();
            _variables.Add(new("$", value));
            _depth++;
            try
            {
                Walk(body, value, output);
            }
            finally
            {
                _depth--;
                _variables.Clear();
                _variables.AddRange(saved);
            }
        }
        catch (TemplateException e)
        {
            report(e, call.Source);
            Emit(output, call.Source, call.Line, advances: true);
        }
    }

    private void Branch(BranchNode branch, object? dot, StringBuilder output)
    {
        var scope = _variables.Count;
        object? value;
        try
        {
            // The variables of "range $i, $x := list" are set per element, not from the pipeline's value.
            value = branch.Keyword == "range"
                ? Pipeline(branch.Pipeline with { Variables = [] }, dot)
                : Pipeline(branch.Pipeline, dot);
        }
        catch (TemplateException e)
        {
            report(e, null);
            return;
        }

        switch (branch.Keyword)
        {
            case "if":
                Walk(TemplateValues.IsTrue(value) ? branch.Then : branch.Else, dot, output);
                break;
            case "with":
                if (TemplateValues.IsTrue(value))
                {
                    Walk(branch.Then, value, output);
                }
                else
                {
                    Walk(branch.Else, dot, output);
                }

                break;
            default:
                var items = RangeItems(value, branch);
                if (items is null)
                {
                    return;
                }

                foreach (var (key, item) in items)
                {
                    var names = branch.Pipeline.Variables;
                    if (names.Count == 1)
                    {
                        _variables.Add(new(names[0], item));
                    }
                    else if (names.Count == 2)
                    {
                        _variables.Add(new(names[0], key));
                        _variables.Add(new(names[1], item));
                    }

                    Walk(branch.Then, item, output);
                    _variables.RemoveRange(scope, _variables.Count - scope);
                }

                if (items.Count == 0)
                {
                    Walk(branch.Else, dot, output);
                }

                break;
        }

        _variables.RemoveRange(scope, _variables.Count - scope);
    }

    private List<(object? Key, object? Item)>? RangeItems(object? value, BranchNode branch)
    {
        switch (value)
        {
            case null:
                return [];
            case IReadOnlyDictionary<string, object?> map:
                return map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((object?)p.Key, p.Value)).ToList();
            case System.Collections.IEnumerable list when value is not string and not SecretValue:
                return list.Cast<object?>().Select((item, i) => ((object?)(long)i, item)).ToList();
            case long count when count >= 0:
                return Enumerable.Range(0, (int)Math.Min(count, 100_000)).Select(i => ((object?)(long)i, (object?)(long)i)).ToList();
            default:
                report(new TemplateException(branch.Line, branch.Column, $"range can't iterate over {TemplateValues.Describe(value)}"), null);
                return null;
        }
    }

    private object? Pipeline(PipelineNode pipeline, object? dot)
    {
        object? value = null;
        var piped = false;
        foreach (var command in pipeline.Commands)
        {
            value = Command(command, dot, piped ? [value] : []);
            piped = true;
        }

        if (pipeline.Variables.Count > 0)
        {
            var name = pipeline.Variables[0];
            var existing = _variables.FindLastIndex(v => v.Key == name);
            if (pipeline.IsAssignment)
            {
                if (existing < 0)
                {
                    throw new TemplateException(pipeline.Line, pipeline.Column, $"undefined variable {name}");
                }

                _variables[existing] = new(name, value);
            }
            else
            {
                _variables.Add(new(name, value));
            }
        }

        return value;
    }

    private object? Command(CommandNode command, object? dot, object?[] piped)
    {
        if (command.Operands[0] is FunctionOperand function)
        {
            var arguments = command.Operands.Skip(1).Select(o => Operand(o, dot)).Concat(piped).ToArray();
            try
            {
                return functions.Call(function.Name, arguments);
            }
            catch (TemplateFunctionException e)
            {
                throw new TemplateException(function.Line, function.Column, $"{function.Name}: {e.Message}");
            }
        }

        if (command.Operands.Count > 1 || piped.Length > 0)
        {
            throw new TemplateException(command.Line, command.Column, "only a function can take arguments");
        }

        return Operand(command.Operands[0], dot);
    }

    private object? Operand(OperandNode operand, object? dot) => operand switch
    {
        ConstantOperand constant => constant.Value,
        FieldOperand field => Fields(dot, field.Fields, dot == _root, field),
        VariableOperand variable => Fields(Variable(variable), variable.Fields, variable.Name == "$", variable),
        PipelineOperand nested => Fields(Pipeline(nested.Pipeline, dot), nested.Fields, false, nested),
        FunctionOperand function => CallWithoutArguments(function),
        _ => null,
    };

    private object? CallWithoutArguments(FunctionOperand function)
    {
        try
        {
            return functions.Call(function.Name, []);
        }
        catch (TemplateFunctionException e)
        {
            throw new TemplateException(function.Line, function.Column, $"{function.Name}: {e.Message}");
        }
    }

    private object? Variable(VariableOperand variable)
    {
        var index = _variables.FindLastIndex(v => v.Key == variable.Name);
        return index >= 0 ? _variables[index].Value
            : throw new TemplateException(variable.Line, variable.Column, $"undefined variable {variable.Name}");
    }

    /// <summary>Follows a field chain; from the root, a missing <c>.Vars.x</c> or <c>.Env.X</c> gets the goss wording.</summary>
    private static object? Fields(object? value, IReadOnlyList<string> fields, bool fromRoot, OperandNode at)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(fields[i], out var next))
            {
                value = next;
                continue;
            }

            if (value is ITemplateFields fielded && fielded.TryGetField(fields[i], out var field))
            {
                value = field;
                continue;
            }

            var message = (fromRoot, i > 0 ? fields[0] : null) switch
            {
                (true, "Vars") => $"goss var '{string.Join('.', fields.Skip(1))}' is not defined{VarsHint(value, i == 1)}",
                (true, "Env") => $"environment variable '{fields[i]}' is not set (use getEnv \"{fields[i]}\" \"default\" for an optional one)",
                (true, null) => $"unknown field '.{fields[i]}' (a goss file has .Vars and .Env)",
                _ => value is IReadOnlyDictionary<string, object?>
                    ? $"map has no key '{fields[i]}' in .{string.Join('.', fields.Take(i + 1))}"
                    : $"can't read field '{fields[i]}' of {TemplateValues.Describe(value)} in .{string.Join('.', fields.Take(i + 1))}",
            };
            throw new TemplateException(at.Line, at.Column, message);
        }

        return value;
    }

    private static string VarsHint(object? level, bool topLevel) =>
        !topLevel ? "" : level is IReadOnlyDictionary<string, object?> { Count: > 0 } vars ? $" (vars: {string.Join(", ", vars.Keys)})" : " (no vars given)";
}
