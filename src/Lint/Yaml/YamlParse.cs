using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>A parse of a whole text: its documents and first syntax error, and the scanner tokens it read.</summary>
/// <param name="Documents">The documents, up to the first syntax error.</param>
/// <param name="Error">The first syntax error (yamllint's), or null.</param>
/// <param name="Tokens">Every token the scanner produced but comments, compact, up to its first error.</param>
/// <param name="Comments">The comment tokens the scanner produced, up to its first error.</param>
/// <param name="ScanFailed">Whether the scanner ended with an exception rather than at the end of the stream.</param>
internal sealed record YamlParse(
    IReadOnlyList<YDocument> Documents, YamlSyntaxError? Error, IReadOnlyList<ScannedToken> Tokens, IReadOnlyList<Token> Comments, bool ScanFailed);
