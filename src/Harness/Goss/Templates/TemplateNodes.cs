namespace IacTest.Harness.Goss.Templates;

/// <summary>A piece of a parsed template; <see cref="Line"/>/<see cref="Column"/> are where it starts in the goss file.</summary>
internal abstract record TemplateNode(int Line, int Column);

/// <summary>Text copied as it is.</summary>
internal sealed record TextNode(string Text, int Line, int Column) : TemplateNode(Line, Column);

/// <summary><c>{{ pipeline }}</c>: prints the value (or only declares a variable). <c>Source</c> is the action as written.</summary>
internal sealed record ActionNode(PipelineNode Pipeline, string Source, int Line, int Column) : TemplateNode(Line, Column);

/// <summary><c>{{ if }}</c>, <c>{{ with }}</c> (dot becomes the value) or <c>{{ range }}</c> with an optional <c>{{ else }}</c>.</summary>
internal sealed record BranchNode(string Keyword, PipelineNode Pipeline, IReadOnlyList<TemplateNode> Then, IReadOnlyList<TemplateNode> Else, int Line, int Column)
    : TemplateNode(Line, Column);

/// <summary>Commands joined by <c>|</c>, optionally declaring (<c>:=</c>) or assigning (<c>=</c>) variables.</summary>
internal sealed record PipelineNode(IReadOnlyList<string> Variables, bool IsAssignment, IReadOnlyList<CommandNode> Commands, int Line, int Column);

/// <summary>A function call or a single operand: its first operand is the function when it is an identifier.</summary>
internal sealed record CommandNode(IReadOnlyList<OperandNode> Operands, int Line, int Column);

/// <summary>An argument of a command.</summary>
internal abstract record OperandNode(int Line, int Column);

/// <summary><c>.</c> or <c>.A.B</c>: fields of dot.</summary>
internal sealed record FieldOperand(IReadOnlyList<string> Fields, int Line, int Column) : OperandNode(Line, Column);

/// <summary><c>$x</c> or <c>$x.A.B</c>.</summary>
internal sealed record VariableOperand(string Name, IReadOnlyList<string> Fields, int Line, int Column) : OperandNode(Line, Column);

/// <summary>A string, number, <c>true</c>/<c>false</c> or <c>nil</c>.</summary>
internal sealed record ConstantOperand(object? Value, int Line, int Column) : OperandNode(Line, Column);

/// <summary>A function name.</summary>
internal sealed record FunctionOperand(string Name, int Line, int Column) : OperandNode(Line, Column);

/// <summary><c>( pipeline )</c>, with optional fields after it: <c>(index .Vars "db").host</c>.</summary>
internal sealed record PipelineOperand(PipelineNode Pipeline, IReadOnlyList<string> Fields, int Line, int Column) : OperandNode(Line, Column);

/// <summary>
/// <c>{{ template "name" pipeline }}</c> (and the call half of <c>{{ block }}</c>): runs the named template with the
/// pipeline's value (nil without one) as dot and as <c>$</c>. <c>Source</c> is the action as written.
/// </summary>
internal sealed record TemplateCallNode(string Name, PipelineNode? Pipeline, string Source, int Line, int Column) : TemplateNode(Line, Column);
