using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using IacTest.Lint.Kubernetes;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Compose;

/// <summary>
/// Validates a YAML tree against the subset of JSON Schema the Compose specification uses (type, properties,
/// patternProperties, additionalProperties, required, items, enum, oneOf/anyOf, $ref), keeping every node's position.
/// Values holding <c>${…}</c> interpolation are accepted for any scalar type, as Compose interpolates before validating.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement root)
    {
        _root = root;
    }

    /// <summary>One problem: where, and what.</summary>
    public readonly record struct Problem(YNode Node, string Message, string Kind);

    public void Validate(YNode node, JsonElement schema, string where, List<Problem> problems, int depth = 0)
    {
        if (depth > 64 || node is YAlias)
        {
            return;
        }

        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            Alternatives(node, oneOf, where, problems, depth);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(node, type))
        {
            problems.Add(new Problem(node, $"{where}: expected {Describe(type)}, got {ActualType(node)}", "type"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && node is YScalar enumScalar && !IsInterpolated(enumScalar)
            && !allowed.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String ? a.GetString() == enumScalar.Value : a.ToString() == enumScalar.Value))
        {
            problems.Add(new Problem(node, $"{where}: must be one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.ToString()))}", "enum"));
        }

        switch (node)
        {
            case YMapping mapping:
                Mapping(mapping, schema, where, problems, depth);
                break;
            case YSequence sequence when schema.TryGetProperty("items", out var items):
                foreach (var item in sequence.Items)
                {
                    Validate(item, items, where + "[]", problems, depth + 1);
                }

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
            if (!resolved.TryGetProperty("type", out var type) || MatchesType(node, type))
            {
                if (best is null || trial.Count < best.Count)
                {
                    best = trial;
                }
            }
        }

        problems.AddRange(best ?? [new Problem(node, $"{where}: {ActualType(node)} is not an allowed form here", "type")]);
    }

    private void Mapping(YMapping mapping, JsonElement schema, string where, List<Problem> problems, int depth)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp : default;
        var additional = schema.TryGetProperty("additionalProperties", out var ap) ? ap : default;
        foreach (var pair in mapping.Pairs)
        {
            if (pair.Key is not YScalar key || key.Value == "<<")
            {
                continue;
            }

            var matched = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key.Value, out var property))
            {
                matched = true;
                Validate(pair.Value, property, Join(where, key.Value), problems, depth + 1);
            }

            if (patterns.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in patterns.EnumerateObject())
                {
                    if (Patterns.GetOrAdd(pattern.Name, static n => new Regex(n, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(key.Value))
                    {
                        matched = true;
                        Validate(pair.Value, pattern.Value, Join(where, key.Value), problems, depth + 1);
                    }
                }
            }

            if (matched)
            {
                continue;
            }

            if (additional.ValueKind == JsonValueKind.False)
            {
                problems.Add(new Problem(key, $"{where}: additional property \"{key.Value}\" is not allowed", "unknown-property"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Validate(pair.Value, additional, Join(where, key.Value), problems, depth + 1);
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.GetString() is { } field && !mapping.ContainsKey(field))
                {
                    problems.Add(new Problem(mapping, $"{where}: missing required property \"{field}\"", "required"));
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
                if (!target.TryGetProperty(segment, out target))
                {
                    return default;
                }
            }

            schema = target;
        }

        return schema;
    }

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
            "integer" => actual == ScalarTypes.Integer,
            "number" => actual is ScalarTypes.Integer or ScalarTypes.Number,
            "boolean" => actual == ScalarTypes.Boolean,
            _ => true,
        };
    }

    private static string ActualType(YNode node) => node switch
    {
        YMapping => "object",
        YSequence => "array",
        YScalar scalar => ScalarTypes.Of(scalar, yaml11: false),
        _ => "alias",
    };

    private static bool IsInterpolated(YScalar scalar) => scalar.Value.Contains('$', StringComparison.Ordinal);

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "?";

    private static string Join(string where, string key) => where.Length == 0 ? key : where + "." + key;
}
