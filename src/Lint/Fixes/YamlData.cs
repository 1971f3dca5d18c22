using System.Text;
using System.Text.RegularExpressions;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Fixes;

/// <summary>
/// The data a YAML text loads to, as one comparable string: what a fix must not change. Plain scalars are resolved as
/// PyYAML's safe loader (YAML 1.1) resolves them, so <c>yes</c> and <c>true</c> are the same boolean and <c>'80'</c>
/// and <c>80</c> are not the same value; aliases are compared by name (a fix keeps anchors), never expanded.
/// </summary>
internal static partial class YamlData
{
    /// <summary>The data of the text's documents, or null when it does not parse.</summary>
    public static string? Of(string text)
    {
        var (documents, error) = YamlTree.Parse(text);
        return error is null ? Of(documents) : null;
    }

    /// <summary>The data of parsed documents.</summary>
    public static string Of(IReadOnlyList<YDocument> documents)
    {
        var builder = new StringBuilder();
        foreach (var document in documents)
        {
            builder.Append("--- ");
            if (document.Root is { } root)
            {
                Append(builder, root);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, YNode root)
    {
        // Iterative: a deeply nested file must not exhaust the stack of the fixer.
        var stack = new Stack<object>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case string literal:
                    builder.Append(literal);
                    break;
                case YScalar scalar:
                    AppendTag(builder, scalar);
                    builder.Append(Resolve(scalar));
                    break;
                case YAlias alias:
                    builder.Append('*').Append(alias.Name);
                    break;
                case YSequence sequence:
                    AppendTag(builder, sequence);
                    builder.Append('[');
                    stack.Push("]");
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(sequence.Items[i]);
                        stack.Push(i == 0 ? string.Empty : ", ");
                    }

                    break;
                case YMapping mapping:
                    AppendTag(builder, mapping);
                    builder.Append('{');
                    stack.Push("}");
                    for (var i = mapping.Pairs.Count - 1; i >= 0; i--)
                    {
                        stack.Push(mapping.Pairs[i].Value);
                        stack.Push(": ");
                        stack.Push(mapping.Pairs[i].Key);
                        stack.Push(i == 0 ? string.Empty : ", ");
                    }

                    break;
            }
        }
    }

    private static void AppendTag(StringBuilder builder, YNode node)
    {
        if (node.Anchor is { } anchor)
        {
            builder.Append('&').Append(anchor).Append(' ');
        }

        if (node.Tag is { } tag && tag != "!")
        {
            builder.Append(tag).Append(' ');
        }
    }

    private static string Resolve(YScalar scalar)
    {
        var value = scalar.Value;
        if (!scalar.IsPlain || scalar.Tag is not null)
        {
            return Quote(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return "null";
        }

        if (value is "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON")
        {
            return "true";
        }

        if (value is "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF")
        {
            return "false";
        }

        // Numbers keep their spelling (no fix rewrites one), but are told apart from the string of the same text.
        return Number().IsMatch(value) ? $"#{value}" : Quote(value);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // PyYAML's implicit int and float resolvers (resolver.py), which also decide what a quoted-strings fix may unquote.
    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
        + @"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
        + @"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Number();
}
