using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// The mapping/sequence nesting yamllint's key rules track over tokens, calling back for each key of a mapping.
/// </summary>
internal static class KeyStack
{
    /// <summary>Walks the tokens; <paramref name="onKey"/> gets the keys seen so far in the mapping and the key token.</summary>
    public static void Walk(YamlLintStream stream, Action<MappingKeys, StreamToken> onKey)
    {
        var stack = new List<MappingKeys?>();
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case ScannedTokenKind.BlockMappingStart or ScannedTokenKind.FlowMappingStart:
                    stack.Add(new MappingKeys());
                    break;
                case ScannedTokenKind.BlockSequenceStart or ScannedTokenKind.FlowSequenceStart:
                    stack.Add(null);
                    break;
                case ScannedTokenKind.BlockEnd or ScannedTokenKind.FlowMappingEnd or ScannedTokenKind.FlowSequenceEnd:
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                case ScannedTokenKind.Key when stream.At(i + 1) is { Kind: ScannedTokenKind.Scalar } key:
                    if (stack.Count > 0 && stack[^1] is { } keys)
                    {
                        onKey(keys, key);
                    }

                    break;
            }
        }
    }
}

/// <summary>The keys kept so far for one mapping.</summary>
internal sealed class MappingKeys
{
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public string? Last { get; set; }
}
