using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>One Kubernetes object of a manifest file: a document's root, or an item of a <c>List</c>.</summary>
internal sealed class KubeObject
{
    private const string IgnoreCheckPrefix = "ignore-check.kube-linter.io/";
    private const string IgnoreAll = "kube-linter.io/ignore-all";

    internal KubeObject(YMapping root, int documentIndex)
    {
        Root = root;
        DocumentIndex = documentIndex;
        ApiVersion = root.GetScalar("apiVersion") ?? string.Empty;
        Kind = root.GetScalar("kind") ?? string.Empty;
        Metadata = root["metadata"] as YMapping;
        Name = Metadata?.GetScalar("name") ?? string.Empty;
        Namespace = Metadata?.GetScalar("namespace") ?? string.Empty;
    }

    /// <summary>The object's mapping.</summary>
    public YMapping Root { get; }

    /// <summary>0-based index of the YAML document that holds the object.</summary>
    public int DocumentIndex { get; }

    /// <summary><c>apiVersion</c>, empty when missing.</summary>
    public string ApiVersion { get; }

    /// <summary><c>kind</c>, empty when missing.</summary>
    public string Kind { get; }

    /// <summary>The API group: empty for the core group (<c>v1</c>).</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : string.Empty;

    /// <summary><c>metadata</c>, when it is a mapping.</summary>
    public YMapping? Metadata { get; }

    /// <summary><c>metadata.name</c>, empty when missing.</summary>
    public string Name { get; }

    /// <summary><c>metadata.namespace</c>, empty when missing.</summary>
    public string Namespace { get; }

    /// <summary><c>spec</c>, when it is a mapping.</summary>
    public YMapping? Spec => Root["spec"] as YMapping;

    /// <summary>Where to report a finding about the whole object: its <c>kind</c> value, else its start.</summary>
    public YNode Anchor => Root["kind"] ?? Root;

    /// <summary>The object's labels (string values only).</summary>
    public IReadOnlyDictionary<string, string> Labels => PodSpecs.StringMap(Metadata?["labels"] as YMapping);

    /// <summary>Whether kube-linter's <c>ignore-check.kube-linter.io/&lt;check&gt;</c> (or ignore-all) annotation is set.</summary>
    public bool IgnoresCheck(string check)
    {
        if (Metadata?["annotations"] is not YMapping annotations)
        {
            return false;
        }

        foreach (var pair in annotations.Pairs)
        {
            var key = pair.KeyText;
            if (key == IgnoreAll || (key is not null && key.Length == IgnoreCheckPrefix.Length + check.Length
                && key.StartsWith(IgnoreCheckPrefix, StringComparison.Ordinal) && key.EndsWith(check, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{ApiVersion}/{Kind} {Name}";
}
