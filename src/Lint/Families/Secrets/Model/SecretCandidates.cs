using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Model;

/// <summary>A key and its literal scalar value, found in a document.</summary>
/// <param name="Key">The key's text (for <c>- name: X, value: Y</c> pairs, the <c>name</c>).</param>
/// <param name="KeyNode">Where the key is.</param>
/// <param name="Value">The value node.</param>
/// <param name="ParentKey">The key of the mapping that holds the pair (<c>environment</c>, <c>env</c>, …), or empty.</param>
internal sealed record SecretCandidate(string Key, YNode KeyNode, YScalar Value, string ParentKey);

/// <summary>
/// Walks the documents of a file for key/value pairs that may hold a secret, skipping what is encrypted: SOPS files,
/// <c>SealedSecret</c> objects and <c>!vault</c> values.
/// </summary>
internal static class SecretCandidates
{
    /// <summary>Whether the file is encrypted with SOPS (a root <c>sops</c> mapping with <c>mac</c>).</summary>
    public static bool IsSopsEncrypted(IReadOnlyList<YDocument> documents) =>
        documents.Any(d => d.Root is YMapping root && root["sops"] is YMapping sops && (sops.ContainsKey("mac") || sops.ContainsKey("lastmodified")));

    /// <summary>Every pair with a scalar value, in document order; objects of skipped kinds are left out.</summary>
    public static IEnumerable<SecretCandidate> All(IReadOnlyList<YDocument> documents, Func<YMapping, bool>? skipObject = null)
    {
        if (IsSopsEncrypted(documents))
        {
            yield break;
        }

        foreach (var document in documents)
        {
            if (document.Root is null)
            {
                continue;
            }

            // A sequence stays on the stack with the index of its next item: pushing every item at once cost a stack
            // entry per item of a long list (a 50 MB flow sequence: 130 MB of stack).
            var stack = new Stack<(YNode Node, string ParentKey, int Next)>();
            stack.Push((document.Root, string.Empty, 0));
            while (stack.Count > 0)
            {
                var (node, parentKey, next) = stack.Pop();
                if (node is YSequence sequence)
                {
                    if (next < sequence.Items.Count)
                    {
                        stack.Push((sequence, parentKey, next + 1));
                        stack.Push((sequence.Items[next], parentKey, 0));
                    }

                    continue;
                }

                if (node is not YMapping mapping || mapping.GetScalar("kind") is "SealedSecret" || (skipObject?.Invoke(mapping) ?? false))
                {
                    continue;
                }

                // Kubernetes env and Ansible-style lists name the variable beside its value.
                if (mapping.GetScalar("name") is { } name && mapping["value"] is YScalar namedValue && mapping.Find("name") is { } namePair)
                {
                    yield return new SecretCandidate(name, namePair.Value, namedValue, parentKey);
                }

                var candidates = new List<SecretCandidate>();
                for (var i = mapping.Pairs.Count - 1; i >= 0; i--)
                {
                    var pair = mapping.Pairs[i];
                    if (pair.Key is not YScalar key)
                    {
                        continue;
                    }

                    if (pair.Value is YScalar scalar)
                    {
                        candidates.Add(new SecretCandidate(key.Value, key, scalar, parentKey));
                    }
                    else
                    {
                        stack.Push((pair.Value, key.Value, 0));
                    }
                }

                for (var i = candidates.Count - 1; i >= 0; i--)
                {
                    yield return candidates[i];
                }
            }
        }
    }
}
