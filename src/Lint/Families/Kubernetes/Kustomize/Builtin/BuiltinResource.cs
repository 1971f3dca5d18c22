namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>An object while the built-in renderer builds an overlay: its body and what Kustomize records about it.</summary>
internal sealed class BuiltinResource
{
    public BuiltinResource(KMap body)
    {
        Body = body;
        OriginalName = Name;
        OriginalNamespace = Namespace;
    }

    public KMap Body { get; private set; }

    /// <summary>The manifest it was read from; null for a generated object.</summary>
    public string? Path { get; init; }

    /// <summary>The kustomization whose generator made it.</summary>
    public string? GeneratedIn { get; init; }

    /// <summary>The generator's kind.</summary>
    public string? Generator { get; init; }

    /// <summary>Whether the name gets the content hash at the end of the build.</summary>
    public bool NeedsHash { get; set; }

    /// <summary>The kustomizations whose transformers changed it, in order.</summary>
    public List<string> TransformedIn { get; } = [];

    /// <summary>The names it had before the current one (as references to it may still say).</summary>
    public List<string> PreviousNames { get; } = [];

    public string OriginalName { get; }

    public string OriginalNamespace { get; }

    public string Kind => Body.String("kind") ?? string.Empty;

    public string ApiVersion => Body.String("apiVersion") ?? string.Empty;

    public string Group => SplitApiVersion().Group;

    public string Version => SplitApiVersion().Version;

    // The split is kept for the apiVersion it was made from: a patch may change the apiVersion, and most reads repeat.
    private (string ApiVersion, string Group, string Version)? _split;

    private (string ApiVersion, string Group, string Version) SplitApiVersion()
    {
        var apiVersion = ApiVersion;
        if (_split is { } split && ReferenceEquals(split.ApiVersion, apiVersion))
        {
            return split;
        }

        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        _split = slash < 0 ? (apiVersion, string.Empty, apiVersion) : (apiVersion, apiVersion[..slash], apiVersion[(slash + 1)..]);
        return _split.Value;
    }

    public string Name => Body.Map("metadata")?.String("name") ?? string.Empty;

    public string Namespace => Body.Map("metadata")?.String("namespace") ?? string.Empty;

    /// <summary>Every name it had, the current one first.</summary>
    public IEnumerable<string> Names => PreviousNames.Prepend(Name);

    public void Rename(string name)
    {
        if (name == Name)
        {
            return;
        }

        PreviousNames.Add(Name);
        Body.GetOrAddMap("metadata").Entries["name"] = KScalar.Of(name);
    }

    public void Replace(KMap body) => Body = body;

    public void Transformed(string kustomization)
    {
        if (!TransformedIn.Contains(kustomization, StringComparer.Ordinal))
        {
            TransformedIn.Add(kustomization);
        }
    }

    public BuiltinResource Clone()
    {
        var copy = new BuiltinResource((KMap)Body.Clone(), OriginalName, OriginalNamespace)
        {
            Path = Path,
            GeneratedIn = GeneratedIn,
            Generator = Generator,
            NeedsHash = NeedsHash,
        };
        copy.TransformedIn.AddRange(TransformedIn);
        copy.PreviousNames.AddRange(PreviousNames);
        return copy;
    }

    private BuiltinResource(KMap body, string originalName, string originalNamespace)
    {
        Body = body;
        OriginalName = originalName;
        OriginalNamespace = originalNamespace;
    }
}
