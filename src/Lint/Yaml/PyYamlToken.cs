namespace IacTest.Lint.Yaml;

/// <summary>
/// A token of the syntax check: kind, marks and — for directives and tags only — what the parser checks
/// (values of scalars are not kept: the check needs where they are, not what they say).
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Start">Where it starts.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Text">Directive name, TAG directive handle or tag handle; null otherwise.</param>
/// <param name="Number">The major version of a YAML directive.</param>
internal readonly record struct PyYamlToken(PyYamlTokenKind Kind, PyYamlMark Start, PyYamlMark End, string? Text = null, int Number = 0)
{
    /// <summary>PyYAML's token id, as its messages print it.</summary>
    public static string Id(PyYamlTokenKind kind) => kind switch
    {
        PyYamlTokenKind.StreamStart => "<stream start>",
        PyYamlTokenKind.StreamEnd => "<stream end>",
        PyYamlTokenKind.Directive => "<directive>",
        PyYamlTokenKind.DocumentStart => "<document start>",
        PyYamlTokenKind.DocumentEnd => "<document end>",
        PyYamlTokenKind.BlockSequenceStart => "<block sequence start>",
        PyYamlTokenKind.BlockMappingStart => "<block mapping start>",
        PyYamlTokenKind.BlockEnd => "<block end>",
        PyYamlTokenKind.FlowSequenceStart => "[",
        PyYamlTokenKind.FlowMappingStart => "{",
        PyYamlTokenKind.FlowSequenceEnd => "]",
        PyYamlTokenKind.FlowMappingEnd => "}",
        PyYamlTokenKind.Key => "?",
        PyYamlTokenKind.Value => ":",
        PyYamlTokenKind.BlockEntry => "-",
        PyYamlTokenKind.FlowEntry => ",",
        PyYamlTokenKind.Alias => "<alias>",
        PyYamlTokenKind.Anchor => "<anchor>",
        PyYamlTokenKind.Tag => "<tag>",
        PyYamlTokenKind.Scalar => "<scalar>",
        _ => "<none>",
    };
}
