using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// More of Sprig's list, text, path, math and environment functions, each as Sprig 3.2.3 computes it (checked against
/// Go on the generated conformance cases).
/// </summary>
internal sealed partial class TemplateFunctions
{
    private void AddMoreLists()
    {
        foreach (var name in new[] { "append", "push" })
        {
            Add(name, 2, 2, a => TemplateValues.List(a[0]).Append(a[1]).ToList());
        }

        Add("tuple", 0, int.MaxValue, a => a.ToList());
        Add("prepend", 2, 2, a => TemplateValues.List(a[0]).Prepend(a[1]).ToList());
        Add("rest", 1, 1, a => TemplateValues.List(a[0]).Skip(1).ToList());
        Add("initial", 1, 1, a => TemplateValues.List(a[0]) is var list ? list.Take(Math.Max(0, list.Count - 1)).ToList() : null);
        Add("reverse", 1, 1, a => Enumerable.Reverse(TemplateValues.List(a[0])).ToList());
        Add("compact", 1, 1, a => TemplateValues.List(a[0]).Where(TemplateValues.IsTrue).ToList());
        Add("without", 1, int.MaxValue, a => TemplateValues.List(a[0]).Where(x => !a[1..].Any(o => TemplateValues.Equal(x, o))).ToList());
        Add("concat", 0, int.MaxValue, a => a.SelectMany(TemplateValues.List).ToList());
        Add("slice", 1, 3, a =>
        {
            var list = TemplateValues.List(a[0]);
            var start = a.Length > 1 ? (int)Integer(a[1]) : 0;
            var end = a.Length > 2 ? (int)Integer(a[2]) : list.Count;
            return start < 0 || end > list.Count || start > end
                ? throw new TemplateFunctionException($"slice bounds out of range [{start}:{end}] with length {list.Count}")
                : list.GetRange(start, end - start);
        });
        Add("chunk", 2, 2, a => TemplateValues.List(a[1]).Chunk(Math.Max(1, (int)Integer(a[0]))).Select(c => (object?)c.ToList()).ToList());
        Add("all", 0, int.MaxValue, a => a.All(TemplateValues.IsTrue));
        Add("any", 0, int.MaxValue, a => a.Any(TemplateValues.IsTrue));
        Add("until", 1, 1, a => Steps(0, Integer(a[0]), Integer(a[0]) >= 0 ? 1 : -1));
        Add("untilStep", 3, 3, a => Steps(Integer(a[0]), Integer(a[1]), Integer(a[2])));
        Add("toStrings", 1, 1, a => TemplateValues.List(a[0]).Select(x => (object?)TemplateValues.Print(x)).ToList());
        Add("splitn", 3, 3, a => TemplateValues.Text(a[2]).Split(TemplateValues.Text(a[0]), Math.Max(1, (int)Integer(a[1])))
            .Select((part, i) => (part, i)).ToDictionary(x => "_" + x.i.ToString(CultureInfo.InvariantCulture), x => (object?)x.part, StringComparer.Ordinal));
    }

    private void AddMoreText()
    {
        Add("substr", 3, 3, a =>
        {
            var text = TemplateValues.Text(a[2]);
            int start = (int)Integer(a[0]), end = (int)Integer(a[1]);
            return start < 0 ? text[..Math.Min(Math.Max(end, 0), text.Length)]
                : end < 0 || end > text.Length ? text[Math.Min(start, text.Length)..]
                : start > end ? throw new TemplateFunctionException($"slice bounds out of range [{start}:{end}]")
                : text[start..end];
        });
        Add("trunc", 2, 2, a =>
        {
            var text = TemplateValues.Text(a[1]);
            var n = Integer(a[0]);
            return n < 0 ? (text.Length + n > 0 ? text[(int)(text.Length + n)..] : text) : text.Length > n ? text[..(int)n] : text;
        });
        Add("abbrev", 2, 2, a =>
        {
            var text = TemplateValues.Text(a[1]);
            var width = Integer(a[0]);
            return width < 4 || text.Length <= width ? text : text[..(int)(width - 3)] + "...";
        });
        Add("initials", 1, 1, a => string.Concat(TemplateValues.Text(a[0]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w[0])));
        Add("untitle", 1, 1, a => string.Join(' ', TemplateValues.Text(a[0]).Split(' ').Select(w => w.Length == 0 ? w : char.ToLowerInvariant(w[0]) + w[1..])));
        Add("plural", 3, 3, a => Integer(a[2]) == 1 ? TemplateValues.Text(a[0]) : TemplateValues.Text(a[1]));
        Add("regexSplit", 3, 3, a => RegexSplit(Regex(a[0]), TemplateValues.Text(a[1]), (int)Integer(a[2])));
        Add("regexQuoteMeta", 1, 1, a => System.Text.RegularExpressions.Regex.Replace(TemplateValues.Text(a[0]), @"[\\.+*?()|\[\]{}^$]", @"\$0", RegexOptions.None, RegexTimeout));
        Add("regexReplaceAllLiteral", 3, 3, a => Regex(a[0]).Replace(TemplateValues.Text(a[1]), TemplateValues.Text(a[2]).Replace("$", "$$", StringComparison.Ordinal)));
        Add("fromJson", 1, 1, a => FromJson(TemplateValues.Text(a[0]), must: false));
        Add("env", 1, 1, a => _environment.TryGetValue(TemplateValues.Text(a[0]), out var v) ? v : "");
        Add("expandenv", 1, 1, a => System.Text.RegularExpressions.Regex.Replace(TemplateValues.Text(a[0]), @"\$(\{(?<name>[^}]*)\}|(?<name>[A-Za-z0-9_]+))",
            m => _environment.TryGetValue(m.Groups["name"].Value, out var v) ? TemplateValues.Text(v) : "", RegexOptions.None, RegexTimeout));
        Add("fail", 1, 1, a => throw new TemplateFunctionException(TemplateValues.Text(a[0])));
    }

    private void AddPaths()
    {
        AddText("base", GoPath.Base);
        AddText("dir", GoPath.Dir);
        AddText("clean", GoPath.Clean);
        AddText("ext", GoPath.Ext);
        AddText("isAbs", s => s.StartsWith('/'));

        // Sprig's os… spellings are Go's filepath, which on Linux is path: the same functions.
        foreach (var name in new[] { "base", "dir", "clean", "ext", "isAbs" })
        {
            Alias(Prefixed("os", name), name);
        }
    }

    private void AddMoreNumbers()
    {
        Add("biggest", 1, int.MaxValue, a => Arithmetic(a.Select(Real).Max(), a));
        Add("floor", 1, 1, a => Math.Floor(Real(a[0])));
        Add("ceil", 1, 1, a => Math.Ceiling(Real(a[0])));
        // As Sprig: up when the fraction past the given places reaches the threshold (0.5 by default), else down — so a
        // negative number's fraction, which is negative, always rounds down (round -2.4 0 is -3).
        Add("round", 2, 3, a =>
        {
            var pow = Math.Pow(10, Integer(a[1]));
            var digit = pow * Real(a[0]);
            var threshold = a.Length > 2 ? Real(a[2]) : 0.5;
            return (digit - Math.Truncate(digit) >= threshold ? Math.Ceiling(digit) : Math.Floor(digit)) / pow;
        });
    }

    private static List<object?> Steps(long start, long stop, long step)
    {
        var values = new List<object?>();
        if (step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop))
        {
            return values;
        }

        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            values.Add(i);
            if (values.Count > 1_000_000)
            {
                throw new TemplateFunctionException("more than a million steps");
            }
        }

        return values;
    }

    private static List<object?> RegexSplit(Regex regex, string text, int n)
    {
        // Go's regexp.Split: n < 0 all parts, n == 0 none, n > 0 at most n parts (the last holds the rest).
        if (n == 0)
        {
            return [];
        }

        var parts = new List<object?>();
        var begin = 0;
        foreach (Match match in regex.Matches(text))
        {
            if (n > 0 && parts.Count == n - 1)
            {
                break;
            }

            if (match.Length == 0 && (match.Index == 0 || match.Index == text.Length))
            {
                continue;
            }

            parts.Add(text[begin..match.Index]);
            begin = match.Index + match.Length;
        }

        parts.Add(text[begin..]);
        return parts;
    }

    // As Sprig: bad JSON gives nil, or fails mustFromJson.
    private static object? FromJson(string json, bool must)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return must ? throw new TemplateFunctionException("the text is not valid JSON") : null;
        }
    }

    // encoding/json's values: every number a float64.
    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
