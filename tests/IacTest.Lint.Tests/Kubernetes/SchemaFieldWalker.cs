using System.Text;
using IacTest.Lint.Families.Kubernetes.Model;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>Finds the int-or-string and quantity fields of a schema and builds a manifest that reaches each one.</summary>
internal static class SchemaFieldWalker
{
    /// <summary>Every (type, field) whose format is int-or-string or quantity, alone or in a list or map.</summary>
    public static IEnumerable<(string Type, string Field, string Format)> FormatFields(KubeSchema schema) =>
        schema.Types.Values
            .SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f.Key, Format: f.Value)))
            .Where(f => f.Format.Trim('[', ']', '{', '}') is "int-or-string" or "quantity")
            .OrderBy(f => f.Type, StringComparer.Ordinal).ThenBy(f => f.Field, StringComparer.Ordinal);

    /// <summary>The shortest chain of fields from a kind's root type to the field (breadth first over the types).</summary>
    public static (string Kind, List<(string Field, string FieldType)> Path) PathTo(KubeSchema schema, string targetType, string targetField)
    {
        var queue = new Queue<(string Kind, string Type, List<(string, string)> Path)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, type) in schema.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            queue.Enqueue((kind, type, []));
        }

        while (queue.Count > 0)
        {
            var (kind, type, path) = queue.Dequeue();
            if (type == targetType)
            {
                return (kind, [.. path, (targetField, schema.Types[type].Fields[targetField])]);
            }

            if (!seen.Add(type) || !schema.Types.TryGetValue(type, out var objectType))
            {
                continue;
            }

            foreach (var (name, fieldType) in objectType.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var element = fieldType.Trim('[', ']', '{', '}');
                if (schema.Types.ContainsKey(element))
                {
                    queue.Enqueue((kind, element, [.. path, (name, fieldType)]));
                }
            }
        }

        throw new InvalidOperationException($"{targetType}.{targetField} is not reachable from any kind");
    }

    /// <summary>A manifest of the kind with the value at the end of the path, and the line of the value.</summary>
    public static (string Text, int Line) Manifest(string kind, List<(string Field, string FieldType)> path, string format, string value)
    {
        var slash = kind.LastIndexOf('/');
        var lines = new List<string> { $"apiVersion: {kind[..slash]}", $"kind: {kind[(slash + 1)..]}" };
        var indent = string.Empty;
        for (var i = 0; i < path.Count; i++)
        {
            var (field, fieldType) = path[i];
            var last = i == path.Count - 1;
            if (last && format is "int-or-string" or "quantity")
            {
                lines.Add($"{indent}{field}: {value}");
                break;
            }

            lines.Add($"{indent}{field}:");
            switch (fieldType[0])
            {
                case '[':
                    lines.Add($"{indent}  -");
                    indent += "    ";
                    break;
                case '{':
                    indent += "  ";
                    if (!last)
                    {
                        lines.Add($"{indent}key:");
                        indent += "  ";
                    }

                    break;
                default:
                    indent += "  ";
                    break;
            }

            if (last)
            {
                // A list or map of the format: its one element carries the value.
                lines[^1] = fieldType[0] == '[' ? $"{indent[..^4]}  - {value}" : lines[^1];
                if (fieldType[0] == '{')
                {
                    lines.Add($"{indent}cpu: {value}");
                }
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return (text.ToString(), lines.Count);
    }
}
