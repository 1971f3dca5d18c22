using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Where a node sits inside a rendered object: the mapping keys and list items from the object's root. A list item
/// keeps its index and, when it has one, its <c>name</c> (strategic merge matches containers, ports and volumes by name,
/// so the same container may be at another index in a base or a patch).
/// </summary>
internal sealed class RenderedPath
{
    private RenderedPath(IReadOnlyList<Segment> segments, bool atKey)
    {
        Segments = segments;
        AtKey = atKey;
    }

    /// <summary>Whether the position was a mapping key's (the finding names the field) rather than its value's.</summary>
    public bool AtKey { get; }

    /// <summary>The steps from the object's root.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Whether the node is the object itself or its identity (<c>apiVersion</c>, <c>kind</c>, <c>metadata.name</c>).</summary>
    public bool IsIdentity => Segments.Count == 0
        || (Segments.Count == 1 && Segments[0].Key is "apiVersion" or "kind")
        || (Segments.Count == 2 && Segments[0].Key == "metadata" && Segments[1].Key == "name");

    /// <summary>The dotted form (<c>spec.template.spec.containers[web].image</c>).</summary>
    public override string ToString() =>
        string.Concat(Segments.Select((s, i) => s.Key is { } key ? (i == 0 ? key : "." + key) : $"[{s.Name ?? s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]"));

    /// <summary>The path of the node of <paramref name="root"/> that starts at <paramref name="line"/> and <paramref name="column"/>, or of the deepest node that holds it.</summary>
    public static RenderedPath? Find(YMapping root, int line, int column)
    {
        var segments = new List<Segment>();
        var atKey = false;
        return Walk(root, line, column, segments, ref atKey, preferKey: false) ? new RenderedPath(segments.ToArray(), atKey) : null;
    }

    /// <summary>
    /// The node to point at in another tree: the key of the field when the position was a key's, else the node.
    /// </summary>
    public YNode? PointIn(YNode root, int skip = 0)
    {
        if (!AtKey || Segments.Count == 0 || Segments[^1].Key is not { } key)
        {
            return In(root, skip);
        }

        YNode? parent = root;
        for (var i = skip; i < Segments.Count - 1 && parent is not null; i++)
        {
            parent = Step(parent, Segments[i]);
        }

        return (parent as YMapping)?.Find(key)?.Key ?? (skip == Segments.Count ? root : null);
    }

    /// <summary>The node at this path in another tree (a base object, a patch), matching list items by name where both have one.</summary>
    public YNode? In(YNode root, int skip = 0)
    {
        YNode? node = root;
        for (var i = skip; i < Segments.Count && node is not null; i++)
        {
            node = Step(node, Segments[i]);
        }

        return node;
    }

    /// <summary>One step into a node; null when there is no such key or item.</summary>
    public static YNode? Step(YNode node, Segment segment)
    {
        if (segment.Key is { } key)
        {
            return node is YMapping mapping ? mapping[key] : null;
        }

        if (node is not YSequence sequence)
        {
            return null;
        }

        if (segment.Name is { } name)
        {
            return sequence.Items.OfType<YMapping>().FirstOrDefault(item => item.GetScalar("name") == name);
        }

        return segment.Index < sequence.Items.Count ? sequence.Items[segment.Index] : null;
    }

    // A mapping starts where its first key does: a position there is the key's when the mapping is a field's value (a
    // finding names a field: `privileged` in `securityContext`), and the mapping's when it is a list item (a container).
    private static bool Walk(YNode node, int line, int column, List<Segment> segments, ref bool atKey, bool preferKey)
    {
        if (node.Start.Line == line && node.Start.Column == column && !(preferKey && node is YMapping { Pairs.Count: > 0 }))
        {
            return true;
        }

        switch (node)
        {
            case YMapping mapping:
                foreach (var pair in mapping.Pairs)
                {
                    if (pair.KeyText is not { } key)
                    {
                        continue;
                    }

                    segments.Add(Segment.OfKey(key));
                    if (pair.Key.Start.Line == line && pair.Key.Start.Column == column)
                    {
                        atKey = true;
                        return true;
                    }

                    if (Holds(pair.Value, line, column) && Walk(pair.Value, line, column, segments, ref atKey, preferKey: true))
                    {
                        return true;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case YSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    segments.Add(Segment.OfItem(i, (item as YMapping)?.GetScalar("name")));
                    if (Holds(item, line, column) && Walk(item, line, column, segments, ref atKey, preferKey: false))
                    {
                        return true;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                break;
        }

        // Inside this node but at no node's start: the node itself is the closest.
        return Holds(node, line, column);
    }

    // A node's end is where the next token starts (a block list ends at the next key), so it is not inside the node.
    private static bool Holds(YNode node, int line, int column) =>
        (node.Start.Line < line || (node.Start.Line == line && node.Start.Column <= column))
        && (node.End.Line > line || (node.End.Line == line && node.End.Column > column));

    /// <summary>A mapping key, or a list item (index and optional name).</summary>
    internal readonly record struct Segment(string? Key, int Index, string? Name)
    {
        public static Segment OfKey(string key) => new(key, -1, null);

        public static Segment OfItem(int index, string? name) => new(null, index, name);
    }
}
