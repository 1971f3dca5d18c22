using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// A parse of a whole text: its documents and first syntax error, its comments, and the scanner tokens the token
/// rules read — recorded during the parse, or, for a big text, scanned again on first use so that the documents can be
/// let go first and the two are never held at once.
/// </summary>
internal sealed class YamlParse
{
    private readonly object _gate = new();
    private IReadOnlyList<YDocument> _documents;
    private ScannedTokens? _tokens;
    private bool _scanFailed;

    // What a deferred scan reads: the text up to a too-deep flow nesting, and the length of the whole text.
    private readonly string? _deferredText;
    private readonly int _wholeLength;
    private readonly bool _tooDeep;

    /// <summary>A parse whose tokens were recorded as it read them.</summary>
    public YamlParse(IReadOnlyList<YDocument> documents, YamlSyntaxError? error, ScannedTokens tokens, IReadOnlyList<Token> comments, bool scanFailed)
    {
        _documents = documents;
        Error = error;
        _tokens = tokens;
        Comments = comments;
        _scanFailed = scanFailed;
    }

    /// <summary>
    /// A parse whose tokens are scanned from <paramref name="scanText"/> (the beginning of a text of
    /// <paramref name="wholeLength"/> characters, or all of it) when first asked for.
    /// </summary>
    public YamlParse(IReadOnlyList<YDocument> documents, YamlSyntaxError? error, IReadOnlyList<Token> comments, string scanText, int wholeLength, bool tooDeep)
    {
        _documents = documents;
        Error = error;
        Comments = comments;
        _deferredText = scanText;
        _wholeLength = wholeLength;
        _tooDeep = tooDeep;
    }

    /// <summary>The documents, up to the first syntax error.</summary>
    /// <exception cref="InvalidOperationException">They were released (<see cref="ReleaseDocuments"/>).</exception>
    public IReadOnlyList<YDocument> Documents =>
        DocumentsReleased ? throw new InvalidOperationException("the documents of this file were released before a rule read them") : _documents;

    /// <summary>Whether <see cref="ReleaseDocuments"/> was called: the documents are gone and must not be read.</summary>
    public bool DocumentsReleased { get; private set; }

    /// <summary>Whether the tokens are scanned on first use rather than recorded by the parse.</summary>
    public bool TokensDeferred => _deferredText is not null;

    /// <summary>Whether the tokens are in memory now (recorded, or scanned since).</summary>
    public bool TokensHeld
    {
        get
        {
            lock (_gate)
            {
                return _tokens is not null;
            }
        }
    }

    /// <summary>The first syntax error (yamllint's), or null.</summary>
    public YamlSyntaxError? Error { get; }

    /// <summary>
    /// Every token the scanner produced but comments, compact, up to its first error (an error token included). The
    /// token rules read them as they are: they are not copied.
    /// </summary>
    public ScannedTokens Tokens
    {
        get
        {
            EnsureTokens();
            return _tokens!;
        }
    }

    /// <summary>The comment tokens the scanner produced, up to its first error.</summary>
    public IReadOnlyList<Token> Comments { get; }

    /// <summary>Whether the scanner ended with an exception rather than at the end of the stream.</summary>
    public bool ScanFailed
    {
        get
        {
            EnsureTokens();
            return _scanFailed;
        }
    }

    /// <summary>
    /// Lets the documents go (see <c>LintFile.ReleaseDocuments</c>); reading them afterwards is an error.
    /// </summary>
    public void ReleaseDocuments()
    {
        DocumentsReleased = true;
        _documents = [];
    }

    private void EnsureTokens()
    {
        lock (_gate)
        {
            if (_tokens is not null)
            {
                return;
            }

            // The scanner alone gives the same tokens as when the parser drives it: YamlDotNet's parser only consumes
            // them, and the recording scanner goes on past the parser's first error to the scanner's.
            var scanner = new RecordingScanner(_deferredText!, _wholeLength, new KeyPool(), keepComments: false);
            scanner.ScanToEnd();
            _scanFailed = scanner.Failed || _tooDeep;
            _tokens = scanner.Tokens;
        }
    }
}
