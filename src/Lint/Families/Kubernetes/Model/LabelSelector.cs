using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// A Kubernetes label selector (<c>matchLabels</c> and <c>matchExpressions</c>), or the plain map a Service uses.
/// Matching follows the API server: every label and every expression must hold; an empty selector matches everything.
/// </summary>
internal sealed class LabelSelector
{
    private LabelSelector(IReadOnlyDictionary<string, string> labels, IReadOnlyList<Requirement> expressions)
    {
        MatchLabels = labels;
        Expressions = expressions;
    }

    /// <summary>The required labels.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels { get; }

    /// <summary>The set-based requirements.</summary>
    public IReadOnlyList<Requirement> Expressions { get; }

    /// <summary>Whether the selector has no requirement at all (it selects every pod).</summary>
    public bool IsEmpty => MatchLabels.Count == 0 && Expressions.Count == 0;

    /// <summary>Reads a <c>LabelSelector</c> mapping (<c>matchLabels</c>, <c>matchExpressions</c>).</summary>
    public static LabelSelector Of(YMapping? selector)
    {
        var labels = PodSpecs.StringMap(selector?["matchLabels"] as YMapping);
        var expressions = new List<Requirement>();
        if (selector?["matchExpressions"] is YSequence list)
        {
            foreach (var item in list.Items.OfType<YMapping>())
            {
                var values = item["values"] is YSequence v ? v.Items.OfType<YScalar>().Select(s => s.Value).ToArray() : [];
                expressions.Add(new Requirement(item.GetScalar("key") ?? string.Empty, item.GetScalar("operator") ?? string.Empty, values));
            }
        }

        return new LabelSelector(labels, expressions);
    }

    /// <summary>A selector that is a plain label map (a Service's <c>selector</c>).</summary>
    public static LabelSelector OfMap(IReadOnlyDictionary<string, string> labels) => new(labels, []);

    /// <summary>Whether a set of labels satisfies the selector.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var requirement in Expressions)
        {
            var has = labels.TryGetValue(requirement.Key, out var actual);
            var holds = requirement.Operator switch
            {
                "In" => has && requirement.Values.Contains(actual!),
                "NotIn" => !has || !requirement.Values.Contains(actual!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A text that is equal for selectors that select the same way (kube-linter compares PDB and workload selectors so).</summary>
    public string Canonical() =>
        string.Join(',', MatchLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")
            .Concat(Expressions.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Operator} ({string.Join(',', e.Values.Order(StringComparer.Ordinal))})")));

    /// <summary>One <c>matchExpressions</c> entry.</summary>
    /// <param name="Key">The label key.</param>
    /// <param name="Operator"><c>In</c>, <c>NotIn</c>, <c>Exists</c> or <c>DoesNotExist</c>.</param>
    /// <param name="Values">The values for <c>In</c> and <c>NotIn</c>.</param>
    public sealed record Requirement(string Key, string Operator, IReadOnlyList<string> Values);
}
