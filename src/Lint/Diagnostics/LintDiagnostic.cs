namespace IacTest.Lint.Diagnostics;

/// <summary>One finding at one position of one file.</summary>
/// <param name="File">The file path as it was given to the engine.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in characters.</param>
/// <param name="Code">The IacTest code, e.g. <c>IAC0001</c>.</param>
/// <param name="Rule">The upstream-compatible rule name, e.g. <c>trailing-spaces</c> or <c>fqcn[action-core]</c>.</param>
/// <param name="Severity">The effective severity after configuration.</param>
/// <param name="Message">A sentence that says what is wrong; never contains a secret's value.</param>
public sealed record LintDiagnostic(
    string File,
    int Line,
    int Column,
    string Code,
    string Rule,
    Severity Severity,
    string Message)
{
    /// <summary>The rule name without a sub-id: <c>fqcn</c> for <c>fqcn[action-core]</c>.</summary>
    public string BaseRule
    {
        get
        {
            var bracket = Rule.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0 ? Rule : Rule[..bracket];
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Severity.ToName()} {Code}: {Message} ({Rule})";
}
