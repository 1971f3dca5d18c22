using System.Text.Json;
using IacTest.Harness.Goss.Templates;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>
/// The template engine against Go's text/template with Sprig and goss's functions: Conformance/expected.jsonl holds
/// what Go printed for each template of Conformance/cases.jsonl over Conformance/vars.json (made by
/// Conformance/generate.sh; no Go needed here).
/// </summary>
public sealed class GossTemplateConformanceTests
{
    private static readonly Dictionary<string, object?> Env = new() { ["OS"] = "debian", ["HOME"] = "/root", ["EMPTY"] = "" };

    [Fact]
    public void Every_case_renders_as_go_renders_it()
    {
        // Given
        var vars = (Dictionary<string, object?>)Convert(JsonDocument.Parse(File.ReadAllText(Locate("vars.json"))).RootElement)!;
        var expected = File.ReadAllLines(Locate("expected.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // When
        var mismatches = new List<string>();
        foreach (var row in expected)
        {
            var template = row.GetProperty("template").GetString()!;
            var problems = new List<string>();
            var output = GossTemplate.Render(template, ".", vars, Env, (l, c, m) => problems.Add($"{l}:{c} {m}"), new HashSet<string>());
            if (row.TryGetProperty("output", out var wanted))
            {
                if (problems.Count > 0 || output != wanted.GetString())
                {
                    mismatches.Add($"{template}\n  go:   {wanted.GetString()}\n  here: {output} {string.Join("; ", problems)}");
                }
            }
            else if (problems.Count == 0)
            {
                mismatches.Add($"{template}\n  go:   error {row.GetProperty("error").GetString()}\n  here: no problem, {output}");
            }
        }

        // Then
        expected.Count.ShouldBe(253);
        mismatches.ShouldBeEmpty();
    }

    private static string Locate(string name) => GossDataAttribute.Locate(Path.Combine("Goss", "Conformance", name));

    // Whole numbers are integers, as goss's YAML vars hold them.
    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
