namespace IacTest.Lint.Yaml;

/// <summary>
/// What few nodes have: an anchor, a tag, or a start or end the line map would place elsewhere (a mark the parser puts
/// past the end of a line, a node built without a text). Only such nodes pay for it.
/// </summary>
internal sealed class NodeDetails(YamlLineMap? lines) : NodeOrigin
{
    internal override YamlLineMap? Lines { get; } = lines;

    public string? Anchor { get; set; }

    public string? Tag { get; set; }

    public Position? ExactStart { get; set; }

    public Position? ExactEnd { get; set; }
}
