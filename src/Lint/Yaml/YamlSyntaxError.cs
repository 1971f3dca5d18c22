namespace IacTest.Lint.Yaml;

/// <summary>A YAML syntax error at a position; the engine reports it as a diagnostic, never as an exception.</summary>
/// <param name="Position">Where the parser stopped.</param>
/// <param name="Message">The parser's explanation.</param>
public sealed record YamlSyntaxError(Position Position, string Message);
