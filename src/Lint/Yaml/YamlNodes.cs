using YamlDotNet.Core;

namespace IacTest.Lint.Yaml;

/// <summary>
/// A node of a YAML document that keeps what rules need and YamlDotNet's representation model drops: duplicate
/// keys, exact positions, styles, tags and anchors. Aliases are never expanded, so an alias bomb costs nothing.
/// </summary>
public abstract class YNode
{
    // A node keeps its offsets and one reference: the parse's line map, which gives the line and column when asked,
    // or its own details when it has an anchor, a tag, or a position the map would not give. Three ints per position
    // and a reference for the rare anchor were a fifth of a big file's tree.
    private NodeOrigin? _origin;
    private int _start;
    private int _end;

    /// <summary>Creates a node without a text: its positions are kept as given.</summary>
    protected YNode()
    {
    }

    /// <summary>Creates a node of a parsed text whose positions <paramref name="lines"/> maps.</summary>
    private protected YNode(YamlLineMap lines) => _origin = lines;

    /// <summary>Where the node starts (for a scalar, its first character or quote).</summary>
    public Position Start
    {
        get => _origin is NodeDetails { ExactStart: { } exact } ? exact : _origin?.Lines?.PositionAt(_start) ?? default;
        internal set
        {
            _start = value.Offset;
            var mapped = _origin?.Lines?.PositionAt(value.Offset) == value;
            if (!mapped || _origin is NodeDetails)
            {
                Details().ExactStart = mapped ? null : value;
            }
        }
    }

    /// <summary>Where the node ends.</summary>
    public Position End
    {
        get => _origin is NodeDetails { ExactEnd: { } exact } ? exact : _origin?.Lines?.PositionAt(_end) ?? default;
        internal set
        {
            _end = value.Offset;
            var mapped = _origin?.Lines?.PositionAt(value.Offset) == value;
            if (!mapped || _origin is NodeDetails)
            {
                Details().ExactEnd = mapped ? null : value;
            }
        }
    }

    /// <summary>The anchor the node defines, if any.</summary>
    public string? Anchor
    {
        get => (_origin as NodeDetails)?.Anchor;
        internal set
        {
            if (value is not null || _origin is NodeDetails)
            {
                Details().Anchor = value;
            }
        }
    }

    /// <summary>The explicit tag (e.g. <c>!vault</c>), if any.</summary>
    public string? Tag
    {
        get => (_origin as NodeDetails)?.Tag;
        internal set
        {
            if (value is not null || _origin is NodeDetails)
            {
                Details().Tag = value;
            }
        }
    }

    /// <summary>Nesting depth: 0 for a document's root.</summary>
    public int Depth { get; internal set; }

    /// <summary>This node and every node below it, depth first, without recursion.</summary>
    public IEnumerable<YNode> DescendantsAndSelf()
    {
        var stack = new Stack<YNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case YSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(sequence.Items[i]);
                    }

                    break;
                case YMapping mapping:
                    for (var i = mapping.Pairs.Count - 1; i >= 0; i--)
                    {
                        stack.Push(mapping.Pairs[i].Value);
                        stack.Push(mapping.Pairs[i].Key);
                    }

                    break;
            }
        }
    }

    /// <summary>The 0-based offset of <see cref="Start"/>.</summary>
    private protected int StartOffset => _start;

    /// <summary>The 0-based offset of <see cref="End"/>.</summary>
    private protected int EndOffset => _end;

    /// <summary>The text the node was parsed from, or null for a node built without one.</summary>
    private protected string? Source => _origin?.Lines?.Text;

    private NodeDetails Details()
    {
        if (_origin is not NodeDetails details)
        {
            details = new NodeDetails(_origin?.Lines);
            _origin = details;
        }

        return details;
    }
}

/// <summary>A scalar: plain, quoted, literal or folded.</summary>
public sealed class YScalar : YNode
{
    /// <summary>Creates a node without a text: its positions are kept as given.</summary>
    public YScalar()
    {
    }

    /// <summary>Creates a node of a parsed text whose positions <paramref name="lines"/> maps.</summary>
    internal YScalar(YamlLineMap lines)
        : base(lines)
    {
    }

    // Null when the value is the plain text between the node's offsets and no shared string holds it: a big file's
    // unique values (names, commands) were a tenth of its tree, and the text already holds them. Read, such a value
    // is cut from the text each time; most are read once or never.
    private string? _value = string.Empty;

    /// <summary>The scalar's value after unquoting and folding.</summary>
    public string Value
    {
        get => _value ?? SourceText();
        internal set => _value = value;
    }

    /// <summary>The value without a copy when it is cut from the text.</summary>
    internal ReadOnlySpan<char> ValueSpan => _value is { } value ? value.AsSpan() : SourceSpan();

    /// <summary>
    /// Lets go of the value's string when it equals the text between the node's offsets, to be cut from the text
    /// when read; returns whether it did.
    /// </summary>
    internal bool ReadValueFromSource()
    {
        if (_value is not { } value || Source is not { } text || EndOffset > text.Length || EndOffset - StartOffset != value.Length
            || !text.AsSpan(StartOffset, value.Length).SequenceEqual(value))
        {
            return false;
        }

        _value = null;
        return true;
    }

    private string SourceText() => SourceSpan().ToString();

    private ReadOnlySpan<char> SourceSpan() => Source.AsSpan(StartOffset, EndOffset - StartOffset);

    /// <summary>How the scalar was written.</summary>
    public ScalarStyle Style { get; internal set; }

    /// <summary>Whether the scalar is plain (unquoted, not a block scalar).</summary>
    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>Whether this is a plain null (<c>~</c>, <c>null</c> or empty).</summary>
    public bool IsNull => IsPlain && Tag is null && ValueSpan is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A block or flow sequence.</summary>
public sealed class YSequence : YNode
{
    /// <summary>Creates a node without a text: its positions are kept as given.</summary>
    public YSequence()
    {
    }

    /// <summary>Creates a node of a parsed text whose positions <paramref name="lines"/> maps.</summary>
    internal YSequence(YamlLineMap lines)
        : base(lines)
    {
    }

    /// <summary>The items in order.</summary>
    public List<YNode> Items { get; } = [];

    /// <summary>Whether the sequence was written in flow style (<c>[a, b]</c>).</summary>
    public bool IsFlow { get; internal set; }
}

/// <summary>A key and its value in a mapping.</summary>
/// <param name="Key">The key node (usually a scalar).</param>
/// <param name="Value">The value node (an empty plain scalar when the value is missing).</param>
public sealed record YPair(YNode Key, YNode Value)
{
    /// <summary>The key's text when it is a scalar, else null.</summary>
    public string? KeyText => (Key as YScalar)?.Value;
}

/// <summary>A block or flow mapping; duplicate keys are kept in order.</summary>
public sealed class YMapping : YNode
{
    /// <summary>Creates a node without a text: its positions are kept as given.</summary>
    public YMapping()
    {
    }

    /// <summary>Creates a node of a parsed text whose positions <paramref name="lines"/> maps.</summary>
    internal YMapping(YamlLineMap lines)
        : base(lines)
    {
    }

    /// <summary>The pairs in source order, duplicates included.</summary>
    public List<YPair> Pairs { get; } = [];

    /// <summary>Whether the mapping was written in flow style (<c>{a: 1}</c>).</summary>
    public bool IsFlow { get; internal set; }

    /// <summary>The first pair whose scalar key equals <paramref name="key"/>.</summary>
    public YPair? Find(string key)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Key is YScalar scalar && scalar.Value == key)
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>The value of the first pair with this key, or null.</summary>
    public YNode? this[string key] => Find(key)?.Value;

    /// <summary>Whether a pair with this key exists.</summary>
    public bool ContainsKey(string key) => Find(key) is not null;

    /// <summary>The scalar value of a key, or null when missing or not a scalar.</summary>
    public string? GetScalar(string key) => (this[key] as YScalar)?.Value;
}

/// <summary>An alias (<c>*name</c>); <see cref="Target"/> is the anchored node when it was defined before.</summary>
public sealed class YAlias : YNode
{
    /// <summary>Creates a node without a text: its positions are kept as given.</summary>
    public YAlias()
    {
    }

    /// <summary>Creates a node of a parsed text whose positions <paramref name="lines"/> maps.</summary>
    internal YAlias(YamlLineMap lines)
        : base(lines)
    {
    }

    /// <summary>The anchor name it refers to.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The anchored node, or null when the anchor is unknown.</summary>
    public YNode? Target { get; internal set; }
}
