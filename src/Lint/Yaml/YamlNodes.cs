using YamlDotNet.Core;

namespace IacTest.Lint.Yaml;

/// <summary>
/// A node of a YAML document that keeps what rules need and YamlDotNet's representation model drops: duplicate
/// keys, exact positions, styles, tags and anchors. Aliases are never expanded, so an alias bomb costs nothing.
/// </summary>
public abstract class YNode
{
    /// <summary>Where the node starts (for a scalar, its first character or quote).</summary>
    public Position Start { get; internal set; }

    /// <summary>Where the node ends.</summary>
    public Position End { get; internal set; }

    // Anchors and tags are rare: one reference to both, set only when a node has one, is a field less on every node
    // of a big file.
    private AnchorAndTag? _anchorAndTag;

    /// <summary>The anchor the node defines, if any.</summary>
    public string? Anchor
    {
        get => _anchorAndTag?.Anchor;
        internal set
        {
            if (value is not null || _anchorAndTag is not null)
            {
                (_anchorAndTag ??= new AnchorAndTag()).Anchor = value;
            }
        }
    }

    /// <summary>The explicit tag (e.g. <c>!vault</c>), if any.</summary>
    public string? Tag
    {
        get => _anchorAndTag?.Tag;
        internal set
        {
            if (value is not null || _anchorAndTag is not null)
            {
                (_anchorAndTag ??= new AnchorAndTag()).Tag = value;
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

    private sealed class AnchorAndTag
    {
        public string? Anchor { get; set; }

        public string? Tag { get; set; }
    }
}

/// <summary>A scalar: plain, quoted, literal or folded.</summary>
public sealed class YScalar : YNode
{
    /// <summary>The scalar's value after unquoting and folding.</summary>
    public string Value { get; internal set; } = string.Empty;

    /// <summary>How the scalar was written.</summary>
    public ScalarStyle Style { get; internal set; }

    /// <summary>Whether the scalar is plain (unquoted, not a block scalar).</summary>
    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>Whether this is a plain null (<c>~</c>, <c>null</c> or empty).</summary>
    public bool IsNull => IsPlain && Tag is null && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A block or flow sequence.</summary>
public sealed class YSequence : YNode
{
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
    /// <summary>The anchor name it refers to.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The anchored node, or null when the anchor is unknown.</summary>
    public YNode? Target { get; internal set; }
}
