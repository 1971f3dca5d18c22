// Not "Architecture": that would hide System.Runtime.InteropServices.Architecture from the other test namespaces.
namespace IacTest.Harness.Tests.Layering;

/// <summary>
/// Which namespace depends on which, with one example of each dependency (<c>LintRule uses LintFile</c>), and the
/// cycles among them.
/// </summary>
public sealed class NamespaceDependencies(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges)
{
    /// <summary>Every namespace of the assembly with the namespaces it depends on, each with an example.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; } = edges;

    /// <summary>
    /// One cycle per group of namespaces that depend on each other (a strongly connected component of more than one
    /// namespace), each as the path around it, with the example of every step:
    /// <c>A -> B (X uses Y) -> A (Z uses W)</c>. Empty when the graph has no cycle.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var component in StronglyConnectedComponents().Where(component => component.Count > 1))
        {
            cycles.Add($"{component.Count} namespaces depend on each other ({string.Join(", ", component.Order(StringComparer.Ordinal))}), "
                + "for example: " + DescribeCycle(component)
                + "; the dependencies among them: " + DescribeEdges(component));
        }

        return cycles;
    }

    /// <summary>The shortest path from the first namespace of the component back to itself, inside the component.</summary>
    private string DescribeCycle(IReadOnlyCollection<string> component)
    {
        var members = component.ToHashSet(StringComparer.Ordinal);
        var start = component.Order(StringComparer.Ordinal).First();
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        string? last = null;
        while (queue.Count > 0 && last is null)
        {
            var current = queue.Dequeue();
            foreach (var next in Targets(current).Where(members.Contains))
            {
                if (next == start)
                {
                    last = current;
                    break;
                }

                if (previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        var path = new List<string> { start };
        for (var node = last!; node != start; node = previous[node])
        {
            path.Add(node);
        }

        path.Add(start);
        path.Reverse(1, path.Count - 2);
        var text = new System.Text.StringBuilder(start);
        for (var i = 1; i < path.Count; i++)
        {
            text.Append($" -> {path[i]} ({Edges[path[i - 1]][path[i]]})");
        }

        return text.ToString();
    }

    /// <summary>Every dependency between two namespaces of the component, so the one to break can be chosen.</summary>
    private string DescribeEdges(IReadOnlyCollection<string> component)
    {
        var members = component.ToHashSet(StringComparer.Ordinal);
        return string.Join("; ", component.Order(StringComparer.Ordinal).SelectMany(from => Targets(from)
            .Where(members.Contains)
            .Select(to => $"{from} -> {to} ({Edges[from][to]})")));
    }

    private IEnumerable<string> Targets(string node) =>
        Edges.TryGetValue(node, out var targets) ? targets.Keys : [];

    /// <summary>Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.</summary>
    private List<List<string>> StronglyConnectedComponents()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        var nodes = Edges.Keys.Concat(Edges.Values.SelectMany(targets => targets.Keys)).Distinct().Order(StringComparer.Ordinal);
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, IEnumerator<string> Next)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var target = next.Current;
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, Targets(node).ToList().GetEnumerator()));
            }
        }

        return components;
    }
}
