using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>
/// YAML merge keys (<c>&lt;&lt;: *defaults</c>) expanded as Ansible's loader (PyYAML's <c>flatten_mapping</c>) expands
/// them: the merged pairs come first, then the mapping's own; a key keeps the place of its first occurrence and the
/// value of its last. Of a list of merges (<c>&lt;&lt;: [*a, *b]</c>) the last comes first.
/// </summary>
internal static class MergeKeys
{
    private const string MergeTag = "tag:yaml.org,2002:merge";

    /// <summary>Whether the mapping has a merge key; most do not, and then <see cref="Expand"/> is not needed.</summary>
    public static bool HasMerge(YMapping mapping) => mapping.Pairs.Exists(IsMerge);

    /// <summary>The value of a merge key that is neither a mapping nor a list of mappings (Ansible refuses it), or null.</summary>
    public static YNode? InvalidMerge(YMapping mapping)
    {
        foreach (var pair in mapping.Pairs)
        {
            if (!IsMerge(pair))
            {
                continue;
            }

            var valid = Resolve(pair.Value) switch
            {
                YMapping => true,
                YSequence many => many.Items.All(i => Resolve(i) is YMapping),
                _ => false,
            };
            if (!valid)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The mapping's pairs with merge keys replaced by the pairs they merge (aliases followed, cycles cut).</summary>
    public static IReadOnlyList<YPair> Expand(YMapping mapping) => ExpandWithin(mapping, []);

    private static List<YPair> ExpandWithin(YMapping mapping, HashSet<YMapping> visiting)
    {
        if (!HasMerge(mapping) || !visiting.Add(mapping))
        {
            return mapping.Pairs.Where(p => !IsMerge(p)).ToList();
        }

        var merged = new List<YPair>();
        var own = new List<YPair>();
        foreach (var pair in mapping.Pairs)
        {
            if (!IsMerge(pair))
            {
                own.Add(pair);
                continue;
            }

            switch (Resolve(pair.Value))
            {
                case YMapping single:
                    merged.AddRange(ExpandWithin(single, visiting));
                    break;
                case YSequence many:
                    foreach (var item in Enumerable.Reverse(many.Items))
                    {
                        if (Resolve(item) is YMapping part)
                        {
                            merged.AddRange(ExpandWithin(part, visiting));
                        }
                    }

                    break;
            }
        }

        visiting.Remove(mapping);
        var result = new List<YPair>(merged.Count + own.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in merged.Concat(own))
        {
            if (pair.KeyText is { } key && index.TryGetValue(key, out var at))
            {
                result[at] = pair;
                continue;
            }

            if (pair.KeyText is { } newKey)
            {
                index[newKey] = result.Count;
            }

            result.Add(pair);
        }

        return result;
    }

    private static bool IsMerge(YPair pair) =>
        pair.Key is YScalar { Value: "<<" } key && (key.Tag is null ? key.IsPlain : key.Tag == MergeTag);

    private static YNode? Resolve(YNode? node)
    {
        // An alias chain is at most as long as the document's anchors; a bound keeps a broken one from looping.
        for (var hops = 0; node is YAlias alias && hops < 64; hops++)
        {
            node = alias.Target;
        }

        return node;
    }
}
