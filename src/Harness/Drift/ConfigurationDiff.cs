using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Drift;

/// <summary>
/// Renders the <c>diff</c> a module returns in diff mode as text: a unified diff of <c>before</c>/<c>after</c>
/// (text, or key: value lines for a state such as the file module's), or the module's own <c>prepared</c> text
/// (package managers).
/// </summary>
internal static class ConfigurationDiff
{
    public static string? Render(JsonNode? diff)
    {
        var parts = diff switch
        {
            JsonArray items => items.Select(RenderOne).Where(part => part is { Length: > 0 }).ToList(),
            JsonObject one => [RenderOne(one)],
            _ => [],
        };
        var text = string.Join('\n', parts.Where(part => part is { Length: > 0 }));
        return text.Length == 0 ? null : text;
    }

    private static string? RenderOne(JsonNode? node)
    {
        if (node is not JsonObject diff)
        {
            return null;
        }

        if (diff["prepared"] is JsonValue prepared)
        {
            return prepared.ToString().TrimEnd('\n') + "\n";
        }

        if (!diff.ContainsKey("before") && !diff.ContainsKey("after"))
        {
            return null;
        }

        var before = Text(diff["before"]);
        var after = Text(diff["after"]);
        return UnifiedDiff.Create(before, after, Header(diff["before_header"], "before"), Header(diff["after_header"], "after"));
    }

    private static string Header(JsonNode? header, string fallback) => header?.ToString() is { Length: > 0 } text ? text : fallback;

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonObject state => string.Concat(state.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}: {Scalar(entry.Value)}\n")),
        JsonArray items => string.Concat(items.Select(item => Scalar(item) + "\n")),
        JsonValue value => value.ToString(),
        _ => node.ToJsonString(),
    };

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value when value.TryGetValue<double>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
