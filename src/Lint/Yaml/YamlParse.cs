using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>A parse of a whole text: its documents and first syntax error, and the scanner tokens it read.</summary>
internal sealed class YamlParse(
    IReadOnlyList<YDocument> documents, YamlSyntaxError? error, ScannedTokens tokens, IReadOnlyList<Token> comments, bool scanFailed)
{
    /// <summary>The documents, up to the first syntax error.</summary>
    public IReadOnlyList<YDocument> Documents { get; } = documents;

    /// <summary>The first syntax error (yamllint's), or null.</summary>
    public YamlSyntaxError? Error { get; } = error;

    /// <summary>
    /// Every token the scanner produced but comments, compact, up to its first error (an error token included). The
    /// token rules read them as they are: they are not copied.
    /// </summary>
    public ScannedTokens Tokens { get; private set; } = tokens;

    /// <summary>Whether <see cref="ReleaseTokens"/> was called: the tokens are gone and must not be read.</summary>
    public bool TokensReleased { get; private set; }

    /// <summary>The comment tokens the scanner produced, up to its first error.</summary>
    public IReadOnlyList<Token> Comments { get; } = comments;

    /// <summary>Whether the scanner ended with an exception rather than at the end of the stream.</summary>
    public bool ScanFailed { get; } = scanFailed;

    /// <summary>Lets the tokens go (see <c>LintFile.ReleaseTokens</c>); reading them afterwards is an error.</summary>
    public void ReleaseTokens()
    {
        Tokens = new ScannedTokens(0, new KeyPool());
        TokensReleased = true;
    }
}
