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

    /// <summary>
    /// Texts of at least this many characters have their tokens scanned after their documents are let go rather than
    /// recorded by the parse: below it, the one scan is cheaper and what both hold is small.
    /// </summary>
    internal const int DeferTokensFromLength = 1 << 20;

    /// <summary>
    /// Creates a file classified with a configuration's extra Ansible path kinds; a YAML text of at least
    /// <paramref name="deferTokensFromLength"/> characters gets its tokens by a second scan (see <see cref="ReleaseDocuments"/>).
    /// </summary>
    internal LintFile(SourceText source, FileKind? kind, IReadOnlyList<(string Kind, System.Text.RegularExpressions.Regex Regex)>? ansibleKinds,
        int deferTokensFromLength = DeferTokensFromLength)
    {
        Source = source;
        Language = SourceLanguages.Of(source.Path);
        _hcl = new Lazy<HclFile?>(() => Language != SourceLanguage.Hcl ? null
            : SharedHclParses.Find(source.Path, source.Text) ?? ParseHcl(source.Path, source.Text));
        _parse = new Lazy<YamlParse>(() => YamlTree.ParseWithTokens(source.Text, deferTokens: source.Text.Length >= deferTokensFromLength));
        _kind = new Lazy<FileKind>(() => kind ?? FileClassifier.Classify(source.Path, Documents, ansibleKinds));
    }

    /// <summary>Parses <paramref name="text"/> as the HCL file <paramref name="path"/> names (native syntax or JSON, by its name).</summary>
    internal static HclFile ParseHcl(string path, string text) => SourceLanguages.IsHclJson(path)
        ? HclJsonParser.ParseConfig(text, path)
        : HclParser.ParseConfig(text, path);

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

    /// <summary>The key of the token rules' view of the file.</summary>
    internal static readonly object TokenStreamViewKey = new();

    /// <summary>
    /// Lets go of the documents and of every view built on them, once no rule left to run reads them, when the tokens
    /// are not yet scanned (a big text): the token rules then run on a second scan without the tree, which on a big
    /// file is two thirds of what a parse holds. Reading the documents afterwards is an error. Returns whether they
    /// were let go.
    /// </summary>
    internal bool ReleaseDocuments()
    {
        var parse = _parse.Value;
        if (!parse.TokensDeferred || parse.TokensHeld)
        {
            return false;
        }

        lock (_views)
        {
            _views.Clear();
        }

        parse.ReleaseDocuments();
        return true;
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
