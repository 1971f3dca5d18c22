namespace IacTest.Harness.Goss.Templates;

/// <summary>Sprig's dictionary functions, with Sprig's argument order (the dictionary comes first, except in <c>pluck</c> and <c>dig</c>).</summary>
internal sealed partial class TemplateFunctions
{
    private void AddDictionaries()
    {
        // As Sprig: a key without a value gets the empty text.
        Add("dict", 0, int.MaxValue, a => Enumerable.Range(0, (a.Length + 1) / 2)
            .Select(i => (Key: TemplateValues.Text(a[2 * i]), Value: (2 * i) + 1 < a.Length ? a[(2 * i) + 1] : ""))
            .Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, pair) =>
            {
                map[pair.Key] = pair.Value;
                return map;
            }));
        Add("get", 2, 2, a => Map(a[0]).TryGetValue(TemplateValues.Text(a[1]), out var v) ? v : "");
        Add("hasKey", 2, 2, a => Map(a[0]).ContainsKey(TemplateValues.Text(a[1])));
        // Sprig lists keys and values in Go's map order, which is random: sorted keys are one of its outcomes.
        Add("keys", 1, int.MaxValue, a => a.SelectMany(m => Map(m).Keys).Order(StringComparer.Ordinal).Select(k => (object?)k).ToList());
        Add("values", 1, 1, a => Map(a[0]).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList());
        // set and unset change the dictionary itself and return it, as Sprig does; {{ $_ := set $d "k" "v" }} is the idiom.
        Add("set", 3, 3, a =>
        {
            var map = Writable(a[0]);
            map[TemplateValues.Text(a[1])] = a[2];
            return map;
        });
        Add("unset", 2, 2, a =>
        {
            var map = Writable(a[0]);
            map.Remove(TemplateValues.Text(a[1]));
            return map;
        });
        Add("pluck", 1, int.MaxValue, a => a[1..].Select(Map).Where(m => m.ContainsKey(TemplateValues.Text(a[0]))).Select(m => m[TemplateValues.Text(a[0])]).ToList());
        Add("pick", 1, int.MaxValue, a => Pick(Map(a[0]), a[1..].Select(TemplateValues.Text).ToHashSet(StringComparer.Ordinal), keep: true));
        Add("omit", 1, int.MaxValue, a => Pick(Map(a[0]), a[1..].Select(TemplateValues.Text).ToHashSet(StringComparer.Ordinal), keep: false));
        Add("dig", 3, int.MaxValue, a => Dig(Map(a[^1]), a[..^2].Select(TemplateValues.Text).ToArray(), a[^2]));
        Add("merge", 1, int.MaxValue, a => a[1..].Aggregate(Writable(a[0]), (target, source) => Merge(target, Map(source), overwrite: false)));
        Add("mergeOverwrite", 1, int.MaxValue, a => a[1..].Aggregate(Writable(a[0]), (target, source) => Merge(target, Map(source), overwrite: true)));
        Add("deepCopy", 1, 1, a => DeepCopy(a[0]));
    }

    private static IDictionary<string, object?> Writable(object? value) => value switch
    {
        IDictionary<string, object?> map when !map.IsReadOnly => map,
        IReadOnlyDictionary<string, object?> => throw new TemplateFunctionException("this map cannot be changed"),
        _ => throw new TemplateFunctionException($"expected a map, found {TemplateValues.Describe(value)}"),
    };

    private static Dictionary<string, object?> Pick(IReadOnlyDictionary<string, object?> map, HashSet<string> names, bool keep) =>
        map.Where(p => names.Contains(p.Key) == keep).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static object? Dig(IReadOnlyDictionary<string, object?> map, string[] path, object? fallback)
    {
        // As Sprig: a missing key gives the fallback, a step through something that is no map is an error.
        object? value = map;
        foreach (var key in path)
        {
            var level = value as IReadOnlyDictionary<string, object?> ?? throw new TemplateFunctionException($"dig: expected a map at '{key}', found {TemplateValues.Describe(value)}");
            if (!level.TryGetValue(key, out value))
            {
                return fallback;
            }
        }

        return value;
    }

    /// <summary>
    /// mergo's merge, as Sprig calls it: nested dictionaries merge key by key; otherwise a key is taken from the source
    /// when the target lacks it or holds an empty value, or — overwriting — whenever the source's value is not empty.
    /// </summary>
    private static IDictionary<string, object?> Merge(IDictionary<string, object?> target, IReadOnlyDictionary<string, object?> source, bool overwrite)
    {
        foreach (var (key, value) in source)
        {
            if (target.TryGetValue(key, out var existing) && existing is IDictionary<string, object?> { IsReadOnly: false } inner && value is IReadOnlyDictionary<string, object?> nested)
            {
                Merge(inner, nested, overwrite);
            }
            else if (!target.TryGetValue(key, out existing) || IsZero(existing) || (overwrite && !IsZero(value)))
            {
                target[key] = DeepCopy(value);
            }
        }

        return target;
    }

    // Go's zero values: what mergo treats as "not set".
    private static bool IsZero(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        bool flag => !flag,
        long number => number == 0,
        int number => number == 0,
        double real => real == 0,
        _ => false,
    };

    private static object? DeepCopy(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => DeepCopy(p.Value), StringComparer.Ordinal),
        string or Secrets.SecretValue => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(DeepCopy).ToList(),
        _ => value,
    };
}
