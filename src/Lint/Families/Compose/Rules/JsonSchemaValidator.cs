using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>
/// Validates a YAML tree against the JSON Schema keywords the Compose specification uses — <c>type</c>,
/// <c>properties</c>, <c>patternProperties</c>, <c>additionalProperties</c>, <c>required</c>, <c>items</c>,
/// <c>enum</c>, <c>const</c>, <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c>, <c>$ref</c>, <c>pattern</c>,
/// <c>minimum</c>/<c>maximum</c>, <c>uniqueItems</c> — keeping every node's position.
/// </summary>
/// <remarks>
/// The tree is read as Compose reads it: merge keys (<c>&lt;&lt;: *defaults</c>) contribute their pairs, aliases stand
/// for their anchored node (a problem inside one is reported at the alias), <c>!reset</c> removes a value and
/// <c>!override</c> is a plain value. Compose interpolates variables before validating, so a scalar holding a
/// substitution (<c>${PORT:-80}</c>) fits any scalar type, enumeration, pattern and range. <c>oneOf</c> is read as
/// <c>anyOf</c>: the specification's alternatives are disjoint by type, and only interpolation could make two fit.
/// </remarks>
internal sealed class JsonSchemaValidator
{
    // Expanding aliases is bounded: an alias bomb must cost no more than a large file does.
    private const int NodeBudget = 1_000_000;
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    private readonly JsonElement _root;
    private int _budget = NodeBudget;

    public JsonSchemaValidator(JsonElement root)
    {
        _root = root;
    }

    /// <summary>One problem: where, and what.</summary>
    public readonly record struct Problem(YNode Node, string Message, string Kind);

    /// <summary>Validates a document's root against the schema's root.</summary>
    public List<Problem> ValidateDocument(YNode root)
    {
        _budget = NodeBudget;
        var problems = new List<Problem>();
        Validate(root, _root, string.Empty, problems, 0);
        return problems;
    }

    private void Validate(YNode node, JsonElement schema, string where, List<Problem> problems, int depth)
    {
        if (depth > MaxDepth || --_budget < 0)
        {
            return;
        }

        if (node is YAlias alias)
        {
            // The anchored node is what Compose sees here; what is wrong with it is shown where it is used.
            if (alias.Target is { } target)
            {
                var inner = new List<Problem>();
                Validate(target, schema, where, inner, depth + 1);
                problems.AddRange(inner.Select(p => p with { Node = alias }));
            }

            return;
        }

        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            Alternatives(node, oneOf, where, problems, depth);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            Alternatives(node, anyOf, where, problems, depth);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Validate(node, part, where, problems, depth + 1);
            }
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(node, type))
        {
            problems.Add(new Problem(node, $"{where}: expected {Describe(type)}, got {ActualType(node)}", "type"));
            return;
        }

        switch (node)
        {
            case YScalar scalar:
                Scalar(scalar, schema, where, problems);
                break;
            case YMapping mapping:
                Mapping(mapping, schema, where, problems, depth);
                break;
            case YSequence sequence:
                Sequence(sequence, schema, where, problems, depth);
                break;
        }
    }

    private void Alternatives(YNode node, JsonElement alternatives, string where, List<Problem> problems, int depth)
    {
        List<Problem>? best = null;
        foreach (var alternative in alternatives.EnumerateArray())
        {
            var resolved = Resolve(alternative);
            var trial = new List<Problem>();
            Validate(node, resolved, where, trial, depth + 1);
            if (trial.Count == 0)
            {
                return;
            }

            // The branch whose type fits the node explains the problem best (e.g. a typo in the long syntax).
            if (resolved.ValueKind == JsonValueKind.Object && (!resolved.TryGetProperty("type", out var type) || MatchesType(node, type)))
            {
                if (best is null || trial.Count < best.Count)
                {
                    best = trial;
                }
            }
        }

        problems.AddRange(best ?? [new Problem(node, $"{where}: {ActualType(node)} is not an allowed form here", "type")]);
    }

    private static void Scalar(YScalar scalar, JsonElement schema, string where, List<Problem> problems)
    {
        if (IsInterpolated(scalar))
        {
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => SameValue(scalar, a)))
        {
            problems.Add(new Problem(scalar, $"{where}: must be one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.ToString()))}", "enum"));
        }

        if (schema.TryGetProperty("const", out var constant) && !SameValue(scalar, constant))
        {
            problems.Add(new Problem(scalar, $"{where}: must be {constant}", "enum"));
        }

        var type = ActualType(scalar);
        if (type == ScalarTypes.String && schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } regex
            && !Patterns.GetOrAdd(regex, Compile).IsMatch(scalar.Value))
        {
            problems.Add(new Problem(scalar, $"{where}: \"{scalar.Value}\" does not match {regex}", "pattern"));
        }

        if (type is ScalarTypes.Integer or ScalarTypes.Number && TryNumber(scalar, out var number))
        {
            if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
            {
                problems.Add(new Problem(scalar, $"{where}: must be at least {minimum}", "range"));
            }

            if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
            {
                problems.Add(new Problem(scalar, $"{where}: must be at most {maximum}", "range"));
            }
        }
    }

    private void Sequence(YSequence sequence, JsonElement schema, string where, List<Problem> problems, int depth)
    {
        if (schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            foreach (var item in sequence.Items)
            {
                if (!IsReset(item))
                {
                    Validate(item, items, where + "[]", problems, depth + 1);
                }
            }
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in sequence.Items)
            {
                // Only plain values are compared: equal text of equal type is equal after interpolation too.
                if (Resolved(item) is YScalar scalar && !seen.Add(ActualType(scalar) + ":" + Canonical(scalar)))
                {
                    problems.Add(new Problem(item, $"{where}: \"{scalar.Value}\" is listed twice; items must be unique", "unique"));
                }
            }
        }
    }

    private void Mapping(YMapping mapping, JsonElement schema, string where, List<Problem> problems, int depth)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp : default;
        var additional = schema.TryGetProperty("additionalProperties", out var ap) ? ap : default;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pair, via) in EffectivePairs(mapping, 0))
        {
            if (pair.Key is not YScalar key || IsReset(pair.Value))
            {
                continue;
            }

            present.Add(key.Value);
            var found = new List<Problem>();
            Property(key, pair.Value, properties, patterns, additional, where, found, depth);
            problems.AddRange(via is null ? found : found.Select(f => f with { Node = via }));
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.GetString() is { } field && !present.Contains(field))
                {
                    problems.Add(new Problem(mapping, $"{where}: missing required property \"{field}\"", "required"));
                }
            }
        }
    }

    private void Property(YScalar key, YNode value, JsonElement properties, JsonElement patterns, JsonElement additional, string parent, List<Problem> problems, int depth)
    {
        var where = Join(parent, key.Value);
        var matched = false;
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key.Value, out var property))
        {
            matched = true;
            Validate(value, property, where, problems, depth + 1);
        }

        if (patterns.ValueKind == JsonValueKind.Object)
        {
            foreach (var pattern in patterns.EnumerateObject())
            {
                if (Patterns.GetOrAdd(pattern.Name, Compile).IsMatch(key.Value))
                {
                    matched = true;
                    Validate(value, pattern.Value, where, problems, depth + 1);
                }
            }
        }

        if (matched)
        {
            return;
        }

        if (additional.ValueKind == JsonValueKind.False)
        {
            problems.Add(new Problem(key, $"{(parent.Length == 0 ? "(root)" : parent)}: additional property \"{key.Value}\" is not allowed", "unknown-property"));
        }
        else if (additional.ValueKind == JsonValueKind.Object)
        {
            Validate(value, additional, where, problems, depth + 1);
        }
    }

    /// <summary>
    /// The pairs Compose sees: the mapping's own, then those its merge keys bring that it does not override (an
    /// earlier merge source wins over a later one). Merged pairs come with the alias they came through.
    /// </summary>
    private IEnumerable<(YPair Pair, YNode? Via)> EffectivePairs(YMapping mapping, int depth)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        List<YNode>? merges = null;
        foreach (var pair in mapping.Pairs)
        {
            if (pair.Key is YScalar { Value: "<<", IsPlain: true })
            {
                (merges ??= []).Add(pair.Value);
                continue;
            }

            if (pair.KeyText is { } text)
            {
                own.Add(text);
            }

            yield return (pair, null);
        }

        if (merges is null || depth > MaxDepth)
        {
            yield break;
        }

        foreach (var merge in merges)
        {
            var sources = Resolved(merge) is YSequence list ? list.Items : [merge];
            foreach (var source in sources)
            {
                if (--_budget < 0 || Resolved(source) is not YMapping merged)
                {
                    continue;
                }

                foreach (var (pair, via) in EffectivePairs(merged, depth + 1))
                {
                    if (pair.KeyText is { } text && own.Add(text))
                    {
                        yield return (pair, source is YAlias ? source : via);
                    }
                }
            }
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 8 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); i++)
        {
            var path = reference.GetString() ?? string.Empty;
            if (!path.StartsWith("#/", StringComparison.Ordinal))
            {
                return default;
            }

            var target = _root;
            foreach (var segment in path[2..].Split('/'))
            {
                if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(segment.Replace("~1", "/").Replace("~0", "~"), out target))
                {
                    return default;
                }
            }

            schema = target;
        }

        return schema;
    }

    private static YNode Resolved(YNode node)
    {
        for (var i = 0; i < 16 && node is YAlias { Target: { } target }; i++)
        {
            node = target;
        }

        return node;
    }

    private static bool IsReset(YNode node) => node.Tag == "!reset";

    private static bool MatchesType(YNode node, JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => MatchesType(node, t));
        }

        var name = type.GetString();
        var actual = ActualType(node);
        return name switch
        {
            "object" => actual == "object",
            "array" => actual == "array",
            "null" => actual == ScalarTypes.Null,
            _ when node is YScalar scalar && IsInterpolated(scalar) => true,
            "string" => actual == ScalarTypes.String,
            "integer" => actual == ScalarTypes.Integer || (actual == ScalarTypes.Number && IsIntegral((YScalar)node)),
            "number" => actual is ScalarTypes.Integer or ScalarTypes.Number,
            "boolean" => actual == ScalarTypes.Boolean,
            _ => true,
        };
    }

    private static string ActualType(YNode node) => node switch
    {
        YMapping => "object",
        YSequence => "array",
        YScalar { Tag: "!override" } scalar => ScalarTypes.OfUntagged(scalar, yaml11: false),
        YScalar scalar => ScalarTypes.Of(scalar, yaml11: false),
        _ => "alias",
    };

    private static bool IsInterpolated(YScalar scalar) => ComposeInterpolation.IsInterpolated(scalar.Value);

    // JSON Schema counts 2.0 as an integer.
    private static bool IsIntegral(YScalar scalar) => TryNumber(scalar, out var value) && double.IsFinite(value) && Math.Floor(value) == value;

    private static bool TryNumber(YScalar scalar, out double value)
    {
        var text = scalar.Value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && long.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string Canonical(YScalar scalar) =>
        ActualType(scalar) is ScalarTypes.Integer or ScalarTypes.Number && TryNumber(scalar, out var number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : scalar.Value;

    private static bool SameValue(YScalar scalar, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.String => ActualType(scalar) == ScalarTypes.String && scalar.Value == expected.GetString(),
        JsonValueKind.Number => TryNumber(scalar, out var number) && number == expected.GetDouble(),
        JsonValueKind.True => ActualType(scalar) == ScalarTypes.Boolean && scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase),
        JsonValueKind.False => ActualType(scalar) == ScalarTypes.Boolean && scalar.Value.Equals("false", StringComparison.OrdinalIgnoreCase),
        JsonValueKind.Null => ActualType(scalar) == ScalarTypes.Null,
        _ => false,
    };

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "?";

    private static string Join(string where, string key) => where.Length == 0 ? key : where + "." + key;
}
