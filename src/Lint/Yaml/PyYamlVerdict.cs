namespace IacTest.Lint.Yaml;

/// <summary>What PyYAML makes of a text: its first syntax error, and how deep its flow collections nest.</summary>
/// <param name="Error">The first syntax error, or null when the text is valid.</param>
/// <param name="MaxFlowLevel">The deepest flow nesting read (up to the error).</param>
/// <param name="TooDeep">Where the bracket is that first nests deeper than the limit asked for, or null.</param>
internal readonly record struct PyYamlVerdict(YamlSyntaxError? Error, int MaxFlowLevel, PyYamlMark? TooDeep);
