using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// Hands a scanner's tokens to the parser and keeps every one — compact, comments apart — so the token-based
/// (yamllint) rules and the comment directives reuse the parser's scan instead of scanning the file again.
/// </summary>
internal sealed class RecordingScanner : IScanner
{
    private readonly Scanner _inner;
    private readonly ScannedTokens _tokens;
    private readonly List<Token> _comments = [];
    private readonly bool _keepComments;
    private readonly bool _keepTokens;
    private Token? _lastRecorded;

    /// <summary>
    /// Scans <paramref name="text"/> keeping comments, which are recorded but not handed to the parser: YamlDotNet's
    /// parser rejects some valid comments (after a flow collection in a block mapping) that PyYAML accepts.
    /// <paramref name="wholeLength"/> is the length of the whole text when <paramref name="text"/> is its beginning;
    /// keys share the strings of <paramref name="keys"/>. Without <paramref name="keepComments"/> the comments are
    /// read past and not kept (a second scan, whose parse already kept them); without <paramref name="keepTokens"/>
    /// the other tokens are not (a parse whose tokens are scanned later).
    /// </summary>
    public RecordingScanner(string text, int wholeLength, KeyPool keys, bool keepComments = true, bool keepTokens = true)
    {
        _keepComments = keepComments;
        _keepTokens = keepTokens;
        _inner = new Scanner(new StringReader(text), skipComments: false);
        _tokens = new ScannedTokens(wholeLength, keys);
    }

    /// <summary>Every token produced so far but comments, in order.</summary>
    public ScannedTokens Tokens => _tokens;

    /// <summary>The comment tokens produced so far, in order.</summary>
    public IReadOnlyList<Token> Comments => _comments;

    /// <summary>Whether the scanner threw (a syntax error it reports as an exception).</summary>
    public bool Failed { get; private set; }

    /// <inheritdoc />
    public Mark CurrentPosition => _inner.CurrentPosition;

    /// <inheritdoc />
    public Token? Current => _inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_inner.Current is not null)
        {
            _inner.ConsumeCurrent();
        }

        return MoveNextWithoutConsuming();
    }

    /// <inheritdoc />
    public bool MoveNextWithoutConsuming()
    {
        while (true)
        {
            var moved = Record();
            if (!moved || _inner.Current is not Comment)
            {
                return moved;
            }

            _inner.ConsumeCurrent();
        }
    }

    /// <inheritdoc />
    public void ConsumeCurrent() => _inner.ConsumeCurrent();

    /// <summary>
    /// Scans what the parser left unread (it stops at its first error; yamllint's token rules go on to the
    /// scanner's), ending at the end of the stream, an error token or a scanner exception.
    /// </summary>
    public void ScanToEnd()
    {
        try
        {
            while (!Failed && _lastRecorded is not YamlDotNet.Core.Tokens.Error && MoveNext())
            {
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // Recorded as Failed: the tokens read so far stand.
        }
    }

    private bool Record()
    {
        bool moved;
        try
        {
            moved = _inner.MoveNextWithoutConsuming();
        }
        catch
        {
            Failed = true;
            throw;
        }

        // A peeked token stays Current until consumed: keep each token once.
        if (moved && _inner.Current is { } token && !ReferenceEquals(token, _lastRecorded))
        {
            if (token is Comment)
            {
                if (_keepComments)
                {
                    _comments.Add(token);
                }
            }
            else if (_keepTokens)
            {
                _tokens.Add(token);
            }

            _lastRecorded = token;
        }

        return moved;
    }
}
