using System.Collections;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's <c>must…</c> functions: the same result as the function without the prefix, but a value the function
/// cannot take fails the template instead of giving an empty result (Sprig's list functions want a list, <c>mustFromJson</c>
/// valid JSON, <c>mustDateModify</c> a duration).
/// </summary>
internal sealed partial class TemplateFunctions
{
    private void AddMust()
    {
        // The list is the first argument of each, except in chunk and has (the last).
        foreach (var name in new[] { "append", "push", "prepend", "first", "rest", "last", "initial", "reverse", "uniq", "without", "compact", "slice" })
        {
            MustTakeList(name, a => a[0]);
        }

        MustTakeList("chunk", a => a[^1]);
        MustTakeList("has", a => a[^1] ?? Array.Empty<object?>()); // a nil haystack has nothing, as in Sprig

        foreach (var name in new[] { "regexMatch", "regexFind", "regexFindAll", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit",
                     "toJson", "toPrettyJson", "toRawJson", "merge", "mergeOverwrite" })
        {
            Alias(Prefixed("must", name), name);
        }

        Add("mustDeepCopy", 1, 1, a => a[0] is null ? throw new TemplateFunctionException("cannot copy nil") : DeepCopy(a[0]));
        Add("mustFromJson", 1, 1, a => FromJson(TemplateValues.Text(a[0]), must: true));
        foreach (var name in new[] { "mustDateModify", "must_date_modify" })
        {
            Add(name, 2, 2, a => DateModify(a[0], a[1], must: true));
        }
    }

    private void MustTakeList(string name, Func<object?[], object?> list)
    {
        var function = _functions[name];
        _functions[Prefixed("must", name)] = a =>
            a.Length > 0 && list(a) is var value && (value is string or SecretValue or IReadOnlyDictionary<string, object?> || value is not IEnumerable)
                ? throw new TemplateFunctionException($"expected a list, found {TemplateValues.Describe(value)}")
                : function(a);
    }
}
