using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>A parse of a whole text: its documents and first syntax error, and the scanner tokens it read.</summary>
internal sealed class YamlParse(
    IReadOnlyList<YDocument> documents, YamlSyntaxError? error, IReadOnlyList<ScannedToken> tokens, IReadOnlyList<Token> comments, bool scanFailed)
{
    private IReadOnlyList<ScannedToken>? _tokens = tokens;

    /// <summary>The documents, up to the first syntax error.</summary>
    public IReadOnlyList<YDocument> Documents { get; } = documents;

    /// <summary>The first syntax error (yamllint's), or null.</summary>
    public YamlSyntaxError? Error { get; } = error;

    /// <summary>
    /// Every token the scanner produced but comments, compact, up to its first error; empty once
    /// <see cref="TakeTokens"/> handed them over.
    /// </summary>
    public IReadOnlyList<ScannedToken> Tokens => _tokens ?? [];

    /// <summary>The comment tokens the scanner produced, up to its first error.</summary>
    public IReadOnlyList<Token> Comments { get; } = comments;

    /// <summary>Whether the scanner ended with an exception rather than at the end of the stream.</summary>
    public bool ScanFailed { get; } = scanFailed;

    /// <summary>
    /// Hands the tokens to their one reader, which converts them, and lets them go: kept beside the converted
    /// tokens they were a quarter of a big file's memory. Null after the first call.
    /// </summary>
    public IReadOnlyList<ScannedToken>? TakeTokens() => Interlocked.Exchange(ref _tokens, null);
}
