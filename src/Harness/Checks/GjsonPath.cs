using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IacTest.Harness.Checks;

/// <summary>
/// The part of the GJSON path syntax goss's <c>gjson</c> matcher is used with: keys separated by dots (<c>\.</c> for a
/// dot in a key), <c>*</c> and <c>?</c> wildcards in keys (the first match in document order), array indexes
/// (<c>items.0</c>), <c>#</c> for an array's length, <c>items.#.name</c> for a field of every element, queries
/// <c>items.#(name=="web")</c> (first match) and <c>items.#(port&gt;80)#</c> (every match) with
/// <c>== != &lt; &lt;= &gt; &gt;= %</c> (<c>%</c> is a wildcard like), and <c>@this</c>.
/// </summary>
internal static class GjsonPath
{
    /// <summary>
    /// The value at <paramref name="path"/> in <paramref name="json"/> as goss compares it: text, a number (double),
    /// a bool, null, a list of texts (an array; objects in it as JSON text), or a map (an object); <c>false</c> with
    /// <paramref name="problem"/> (<c>invalid json</c>, <c>path not found</c>, goss's words) when there is none.
    /// </summary>
    public static bool TryGet(string json, string path, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            problem = "invalid json";
            return false;
        }

        using (document)
        {
            if (Find(document.RootElement, Components(path), 0) is not { } found)
            {
                problem = "path not found";
                return false;
            }

            value = Convert(found);
            return true;
        }
    }

    private static JsonElement? Find(JsonElement current, IReadOnlyList<string> components, int index)
    {
        if (index == components.Count)
        {
            return current;
        }

        var component = components[index];
        if (component == "@this")
        {
            return Find(current, components, index + 1);
        }

        if (current.ValueKind == JsonValueKind.Array)
        {
            if (component == "#")
            {
                if (index == components.Count - 1)
                {
                    return JsonSerializer.SerializeToElement(current.GetArrayLength());
                }

                // items.#.name: the rest of the path on every element, those that have it
                var each = current.EnumerateArray().Select(e => Find(e, components, index + 1)).Where(e => e is not null).Select(e => e!.Value).ToList();
                return JsonSerializer.SerializeToElement(each);
            }

            if (component.StartsWith("#(", StringComparison.Ordinal))
            {
                var all = component.EndsWith(")#", StringComparison.Ordinal);
                var condition = component[2..(all ? ^2 : ^1)];
                var matches = current.EnumerateArray().Where(e => Satisfies(e, condition)).ToList();
                if (all)
                {
                    // #(…)#.name: as #.name, the rest of the path on every match
                    var rest = matches.Select(e => Find(e, components, index + 1)).Where(e => e is not null).Select(e => e!.Value).ToList();
                    return JsonSerializer.SerializeToElement(rest);
                }

                return matches.Count == 0 ? null : Find(matches[0], components, index + 1);
            }

            return int.TryParse(component, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength()
                ? Find(current[i], components, index + 1)
                : null;
        }

        if (current.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in current.EnumerateObject())
        {
            if (WildcardMatch(component, property.Name))
            {
                return Find(property.Value, components, index + 1);
            }
        }

        return null;
    }

    private static bool Satisfies(JsonElement element, string condition)
    {
        string[] operators = ["==", "!=", "<=", ">=", "<", ">", "%", "="];
        var (at, op) = operators.Select(o => (At: condition.IndexOf(o, StringComparison.Ordinal), Op: o)).Where(x => x.At > 0).OrderBy(x => x.At).ThenByDescending(x => x.Op.Length).FirstOrDefault();
        if (op is null)
        {
            return Find(element, Components(condition.Trim()), 0) is not null;
        }

        if (Find(element, Components(condition[..at].Trim()), 0) is not { } left)
        {
            return false;
        }

        var literal = condition[(at + op.Length)..].Trim();
        JsonElement right;
        try
        {
            right = JsonDocument.Parse(literal).RootElement.Clone();
        }
        catch (JsonException)
        {
            return false;
        }

        int order;
        if (left.ValueKind == JsonValueKind.Number && right.ValueKind == JsonValueKind.Number)
        {
            order = left.GetDouble().CompareTo(right.GetDouble());
        }
        else if (left.ValueKind == JsonValueKind.String && right.ValueKind == JsonValueKind.String)
        {
            if (op == "%")
            {
                return WildcardMatch(right.GetString()!, left.GetString()!);
            }

            order = string.CompareOrdinal(left.GetString(), right.GetString());
        }
        else
        {
            return op == "!=" ? left.GetRawText() != right.GetRawText() : op is "==" or "=" && left.GetRawText() == right.GetRawText();
        }

        return op switch
        {
            "==" or "=" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => false,
        };
    }

    private static List<string> Components(string path)
    {
        var components = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\\' && i + 1 < path.Length)
            {
                current.Append(path[++i]);
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '.' && depth == 0)
            {
                components.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        components.Add(current.ToString());
        return components;
    }

    private static bool WildcardMatch(string pattern, string text)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal))
        {
            return pattern == text;
        }

        var regex = "^" + string.Concat(pattern.Select(c => c switch
        {
            '*' => ".*",
            '?' => ".",
            _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()),
        })) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex, System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray()
            .Select(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? e.GetRawText() : Matcher.AsText(Convert(e)) ?? "null")
            .ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object?>,
        _ => null,
    };
}
