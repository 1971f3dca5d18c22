using System.Globalization;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// A JSON 6902 patch (<c>add</c>, <c>replace</c>, <c>remove</c>, <c>test</c>) applied to one object, with JSON
/// pointer paths (<c>~0</c>, <c>~1</c>, <c>-</c> for the end of a list). An operation that would fail, or
/// <c>move</c>/<c>copy</c>, is left to Kustomize, whose error is the one to report.
/// </summary>
internal static class JsonPatch
{
    public static void Apply(KMap target, KList operations)
    {
        foreach (var item in operations.Items)
        {
            if (item is not KMap operation || operation.String("op") is not { } op || operation.String("path") is not { } path)
            {
                throw new KustomizeUnsupportedException("a JSON patch operation without op or path");
            }

            var steps = Steps(path);
            if (steps.Length == 0 || !path.StartsWith('/'))
            {
                throw new KustomizeUnsupportedException($"the JSON pointer {path}");
            }

            var parent = Walk(target, steps[..^1]);
            var last = steps[^1];
            switch (op)
            {
                case "add":
                    Add(parent, last, Value(operation));
                    break;
                case "replace" when parent is KMap map:
                    // Kustomize's JSON patch library sets a missing key on replace, as add would.
                    map.Entries[last] = Value(operation);
                    break;
                case "replace":
                    Remove(parent, last);
                    Add(parent, last, Value(operation));
                    break;
                case "remove":
                    Remove(parent, last);
                    break;
                case "test":
                    if (Get(parent, last) is not KScalar actual || Value(operation) is not KScalar expected || actual.Text != expected.Text || actual.Type != expected.Type)
                    {
                        throw new KustomizeUnsupportedException("a JSON patch test");
                    }

                    break;
                default:
                    throw new KustomizeUnsupportedException($"the JSON patch operation {op}");
            }
        }
    }

    /// <summary>The keys and indexes of a JSON pointer (<c>~1</c> is a slash, <c>~0</c> a tilde).</summary>
    public static string[] Steps(string pointer) =>
        pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    private static KNode Value(KMap operation) =>
        operation.Entries.TryGetValue("value", out var value) ? value.Clone() : throw new KustomizeUnsupportedException("a JSON patch operation without a value");

    private static KNode Walk(KNode node, IEnumerable<string> steps)
    {
        foreach (var step in steps)
        {
            node = Get(node, step) ?? throw new KustomizeUnsupportedException("a JSON pointer to nothing");
        }

        return node;
    }

    private static KNode? Get(KNode node, string step) => node switch
    {
        KMap map => map[step],
        KList list when Index(step, list.Items.Count) is { } index && index < list.Items.Count => list.Items[index],
        _ => null,
    };

    private static void Add(KNode parent, string step, KNode value)
    {
        switch (parent)
        {
            case KMap map:
                map.Entries[step] = value;
                break;
            case KList list when step == "-":
                list.Items.Add(value);
                break;
            case KList list when Index(step, list.Items.Count) is { } index:
                list.Items.Insert(index, value);
                break;
            default:
                throw new KustomizeUnsupportedException("a JSON patch add into a scalar");
        }
    }

    private static void Remove(KNode parent, string step)
    {
        switch (parent)
        {
            case KMap map when map.Entries.Remove(step):
                break;
            case KList list when Index(step, list.Items.Count) is { } index && index < list.Items.Count:
                list.Items.RemoveAt(index);
                break;
            default:
                throw new KustomizeUnsupportedException("a JSON patch of a path that does not exist");
        }
    }

    private static int? Index(string step, int count) =>
        int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= count && (step == "0" || step[0] != '0') ? index : null;
}
