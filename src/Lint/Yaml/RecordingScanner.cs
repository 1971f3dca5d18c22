using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// Hands a scanner's tokens to the parser and keeps every one, so the token-based (yamllint) rules reuse the
/// parser's scan instead of scanning the file a second time.
/// </summary>
internal sealed class RecordingScanner : IScanner
{
    private readonly Scanner _inner;
    private readonly List<Token> _tokens;
    private Token? _lastRecorded;

    /// <summary>Scans <paramref name="text"/> as the parser's own scanner does (comments skipped).</summary>
    public RecordingScanner(string text)
    {
        _inner = new Scanner(new StringReader(text), skipComments: true);
        _tokens = new List<Token>(Math.Max(16, text.Length / 6));
    }

    /// <summary>Every token produced so far, in order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>Whether the scanner threw (a syntax error it reports as an exception).</summary>
    public bool Failed { get; private set; }

    /// <inheritdoc />
    public Mark CurrentPosition => _inner.CurrentPosition;

    /// <inheritdoc />
    public Token? Current => _inner.Current;

    /// <inheritdoc />
    public bool MoveNext() => Record(_inner.MoveNext);

    /// <inheritdoc />
    public bool MoveNextWithoutConsuming() => Record(_inner.MoveNextWithoutConsuming);

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
            while (!Failed && _lastRecorded is not Error && MoveNext())
            {
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // Recorded as Failed: the tokens read so far stand.
        }
    }

    private bool Record(Func<bool> move)
    {
        bool moved;
        try
        {
            moved = move();
        }
        catch
        {
            Failed = true;
            throw;
        }

        // A peeked token stays Current until consumed: keep each token once.
        if (moved && _inner.Current is { } token && !ReferenceEquals(token, _lastRecorded))
        {
            _tokens.Add(token);
            _lastRecorded = token;
        }

        return moved;
    }
}
