namespace IacTest.Lint.Yaml;

/// <summary>
/// What a node refers to beside its offsets: the parse's shared <see cref="YamlLineMap"/>, or, for the rare node with
/// an anchor, a tag or a position the line map does not give, a <see cref="NodeDetails"/> of its own. One reference
/// for all of these keeps the common node small.
/// </summary>
internal abstract class NodeOrigin
{
    /// <summary>The line map of the node's text, or null for a node built without one.</summary>
    internal abstract YamlLineMap? Lines { get; }
}
