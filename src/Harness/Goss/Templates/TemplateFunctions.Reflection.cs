using System.Collections;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's type functions (<c>typeOf</c>, <c>typeIs</c>, <c>typeIsLike</c>, <c>kindOf</c>, <c>kindIs</c>,
/// <c>deepEqual</c>), answering with the Go type a value has in goss: a whole number of a vars file or a template is an
/// <c>int</c>, a list <c>[]interface {}</c>, a map <c>map[string]interface {}</c>. The engine keeps no finer type, so
/// the <c>int64</c> Sprig's integer arithmetic returns and the <c>[]string</c> of <c>splitList</c> are named like the
/// values goss files hold; <c>kindOf</c> (<c>int</c>, <c>slice</c>, <c>map</c>) is exact either way.
/// </summary>
internal sealed partial class TemplateFunctions
{
    private void AddReflection()
    {
        Add("typeOf", 1, 1, a => GoType(a[0]));
        Add("typeIs", 2, 2, a => TemplateValues.Text(a[0]) == GoType(a[1]));
        Add("typeIsLike", 2, 2, a => TemplateValues.Text(a[0]) is var t && (t == GoType(a[1]) || "*" + t == GoType(a[1])));
        Add("kindOf", 1, 1, a => GoKind(a[0]));
        Add("kindIs", 2, 2, a => TemplateValues.Text(a[0]) == GoKind(a[1]));
        Add("deepEqual", 2, 2, a => DeepEqual(a[0], a[1]));
    }

    private static string GoType(object? value) => value switch
    {
        null => "<nil>",
        string or SecretValue => "string",
        bool => "bool",
        long or int => "int",
        double => "float64",
        DateTimeOffset => "time.Time",
        SemverValue => "*semver.Version",
        IReadOnlyDictionary<string, object?> => "map[string]interface {}",
        IEnumerable => "[]interface {}",
        _ => value.GetType().Name,
    };

    private static string GoKind(object? value) => value switch
    {
        null => "invalid",
        DateTimeOffset => "struct",
        SemverValue => "ptr",
        IReadOnlyDictionary<string, object?> => "map",
        string or SecretValue => "string",
        IEnumerable => "slice",
        _ => GoType(value),
    };

    // reflect.DeepEqual: the same type, and equal values all the way down (1 and "1" differ, 1 and 1.0 too).
    private static bool DeepEqual(object? left, object? right)
    {
        if (GoType(left) != GoType(right))
        {
            return false;
        }

        return (left, right) switch
        {
            (null, null) => true,
            (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
                a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && DeepEqual(p.Value, v)),
            (IEnumerable a, IEnumerable b) when left is not (string or SecretValue) =>
                a.Cast<object?>().ToList() is var x && b.Cast<object?>().ToList() is var y && x.Count == y.Count && x.Zip(y).All(p => DeepEqual(p.First, p.Second)),
            _ => TemplateValues.Print(left) == TemplateValues.Print(right),
        };
    }
}
