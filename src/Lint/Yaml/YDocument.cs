namespace IacTest.Lint.Yaml;

/// <summary>One document of a YAML stream.</summary>
public sealed class YDocument
{
    /// <summary>The root node, or null for an empty document.</summary>
    public YNode? Root { get; internal set; }

    /// <summary>Where the document starts.</summary>
    public Position Start { get; internal set; }

    /// <summary>Where the document ends.</summary>
    public Position End { get; internal set; }

    /// <summary>Whether the document starts with an explicit <c>---</c>.</summary>
    public bool HasExplicitStart { get; internal set; }

    /// <summary>Whether the document ends with an explicit <c>...</c>.</summary>
    public bool HasExplicitEnd { get; internal set; }

    /// <summary>0-based index of the document in its file.</summary>
    public int Index { get; internal set; }

    /// <summary>The deepest <see cref="YNode.Depth"/> in the document (0 when empty), recorded while parsing.</summary>
    public int MaxDepth { get; internal set; }
}
