using IacTest.Lint.Classification;
using IacTest.Lint.Hcl;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Files;

/// <summary>
/// One file under lint: its text, and — computed once, on first use — its tokens, its documents and its kind.
/// </summary>
public sealed class LintFile
{
    private readonly Lazy<YamlParse> _parse;
    private readonly Lazy<FileKind> _kind;
    private readonly Lazy<HclFile?> _hcl;

    // Views of this file that rule families build once and share (token stream, Kubernetes objects, …). They live
    // and die with the file: a process-wide weak table cost a lock per lookup and GC work per entry.
    private readonly Dictionary<object, object> _views = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a file from decoded source; <paramref name="kind"/> overrides classification.</summary>
    public LintFile(SourceText source, FileKind? kind = null)
        : this(source, kind, null)
    {
    }

    /// <summary>Creates a file classified with a configuration's extra Ansible path kinds.</summary>
    internal LintFile(SourceText source, FileKind? kind, IReadOnlyList<(string Kind, System.Text.RegularExpressions.Regex Regex)>? ansibleKinds)
    {
        Source = source;
        Language = SourceLanguages.Of(source.Path);
        _hcl = new Lazy<HclFile?>(() => Language != SourceLanguage.Hcl ? null
            : SourceLanguages.IsHclJson(source.Path) ? HclJsonParser.ParseConfig(source.Text, source.Path)
            : HclParser.ParseConfig(source.Text, source.Path));
        _parse = new Lazy<YamlParse>(() => YamlTree.ParseWithTokens(source.Text));
        _kind = new Lazy<FileKind>(() => kind ?? FileClassifier.Classify(source.Path, Documents, ansibleKinds));
    }

    /// <summary>The path as given.</summary>
    public string Path => Source.Path;

    /// <summary>The decoded text and its lines.</summary>
    public SourceText Source { get; }

    /// <summary>The language, from the file's name: it decides the parser and which rules run.</summary>
    public SourceLanguage Language { get; }

    /// <summary>The parsed HCL (with its syntax errors, if any); null for a file that is not HCL.</summary>
    public HclFile? Hcl => _hcl.Value;

    /// <summary>The text.</summary>
    public string Text => Source.Text;

    /// <summary>
    /// The comment tokens, up to the scanner's first error (the other tokens are kept compact, for the token rules).
    /// </summary>
    public IReadOnlyList<Token> Tokens => _parse.Value.Comments;

    /// <summary>The documents, up to the first syntax error.</summary>
    public IReadOnlyList<YDocument> Documents => _parse.Value.Documents;

    /// <summary>The first syntax error, from the parser (which also covers the scanner's errors).</summary>
    public YamlSyntaxError? SyntaxError => _parse.Value.Error;

    /// <summary>The tokens of the parser's scan (comments included), and whether that scan ended in an exception.</summary>
    internal YamlParse Parse => _parse.Value;

    /// <summary>What the file holds.</summary>
    public FileKind Kind => _kind.Value;

    /// <summary>
    /// The view of this file that <paramref name="key"/> names, created by <paramref name="create"/> on first use.
    /// Each view owner passes its own private key object.
    /// </summary>
    internal T View<T>(object key, Func<LintFile, T> create)
        where T : class
    {
        lock (_views)
        {
            if (_views.TryGetValue(key, out var existing))
            {
                return (T)existing;
            }
        }

        // Created outside the lock: a view may build on another view of the same file.
        var created = create(this);
        lock (_views)
        {
            return (T)(_views.TryAdd(key, created) ? created : _views[key]);
        }
    }

    /// <summary>The key of the token rules' view of the file, which <see cref="ReleaseTokens"/> drops.</summary>
    internal static readonly object TokenStreamViewKey = new();

    /// <summary>
    /// Lets go of the parse's tokens and the token rules' view of them, once no rule left to run reads them: on a big
    /// file they are a third of what the parse holds, and the rules that read the documents do not need them.
    /// </summary>
    internal void ReleaseTokens()
    {
        lock (_views)
        {
            _views.Remove(TokenStreamViewKey);
        }

        _parse.Value.ReleaseTokens();
    }

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
