using IacTest.Lint.Classification;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Engine;

/// <summary>
/// One file under lint: its text, and — computed once, on first use — its tokens, its documents and its kind.
/// </summary>
public sealed class LintFile
{
    private readonly Lazy<(IReadOnlyList<Token> Tokens, YamlSyntaxError? Error)> _tokens;
    private readonly Lazy<(IReadOnlyList<YDocument> Documents, YamlSyntaxError? Error)> _documents;
    private readonly Lazy<FileKind> _kind;

    /// <summary>Creates a file from decoded source; <paramref name="kind"/> overrides classification.</summary>
    public LintFile(SourceText source, FileKind? kind = null)
    {
        Source = source;
        _tokens = new Lazy<(IReadOnlyList<Token>, YamlSyntaxError?)>(() => YamlTokens.Scan(source.Text));
        _documents = new Lazy<(IReadOnlyList<YDocument>, YamlSyntaxError?)>(() => YamlTree.Parse(source.Text));
        _kind = new Lazy<FileKind>(() => kind ?? FileClassifier.Classify(source.Path, Documents));
    }

    /// <summary>The path as given.</summary>
    public string Path => Source.Path;

    /// <summary>The decoded text and its lines.</summary>
    public SourceText Source { get; }

    /// <summary>The text.</summary>
    public string Text => Source.Text;

    /// <summary>The tokens, comments included, up to the first syntax error.</summary>
    public IReadOnlyList<Token> Tokens => _tokens.Value.Tokens;

    /// <summary>The documents, up to the first syntax error.</summary>
    public IReadOnlyList<YDocument> Documents => _documents.Value.Documents;

    /// <summary>The first syntax error, from the parser (which also covers the scanner's errors).</summary>
    public YamlSyntaxError? SyntaxError =>
        // The comment-keeping scan differs from the parser's only around comments: without a '#' it cannot fail
        // where the parser succeeded, so the second scan is skipped.
        _documents.Value.Error ?? (Text.Contains('#', StringComparison.Ordinal) ? _tokens.Value.Error : null);

    /// <summary>What the file holds.</summary>
    public FileKind Kind => _kind.Value;

    /// <summary>The deepest nesting of the documents.</summary>
    public int MaxDepth
    {
        get
        {
            // Recorded by the parser: walking every node again here cost a full pass per file.
            var deepest = 0;
            foreach (var document in Documents)
            {
                deepest = Math.Max(deepest, document.MaxDepth);
            }

            return deepest;
        }
    }
}
