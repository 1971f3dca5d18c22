using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Checks;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>
/// <c>semver-constraint</c> and <c>gjson</c> against the libraries goss builds them on (blang/semver v4,
/// tidwall/gjson): MatcherConformance/expected.jsonl holds their answer for each case of MatcherConformance/cases.jsonl
/// (made by MatcherConformance/generate.sh; no Go needed here).
/// </summary>
public sealed class GossMatcherConformanceTests
{
    public static TheoryData<int> Cases() => new(Enumerable.Range(0, Expected().Count));

    [Fact]
    public void The_cases_cover_both_matchers_and_every_kind_of_answer()
    {
        var results = Expected().Select(e => (e.GetProperty("matcher").GetString(), e.GetProperty("result").ToString())).ToArray();

        results.Count(r => r.Item1 == "semver-constraint").ShouldBeGreaterThan(40);
        results.Count(r => r.Item1 == "gjson").ShouldBeGreaterThan(30);
        results.Select(r => r.Item2).ShouldContain("True");
        results.Select(r => r.Item2).ShouldContain("False");
        results.Select(r => r.Item2).ShouldContain("invalid constraint");
        results.Select(r => r.Item2).ShouldContain("invalid version");
        results.ShouldContain(r => r.Item2.Contains("path not found", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_matcher_answers_as_goss_does(int index)
    {
        // Given the case and what goss's library answered
        var expected = Expected()[index];
        var arg = expected.GetProperty("arg").GetString()!;
        var actual = expected.GetProperty("actual");
        var because = $"case {index + 1}: {expected.GetProperty("matcher").GetString()} '{arg}' on {actual.GetRawText()}";

        // When the harness decides it, Then the answer is the same
        if (expected.GetProperty("matcher").GetString() == "semver-constraint")
        {
            Semver(arg, actual).ShouldBe(expected.GetProperty("result").ToString(), because);
        }
        else
        {
            Gjson(arg, actual).ShouldBe(Canonical(expected.GetProperty("result")), because);
        }
    }

    private static string Semver(string constraint, JsonElement actual)
    {
        Matcher matcher;
        try
        {
            matcher = Matcher.SemverConstraint(constraint);
        }
        catch (ArgumentException)
        {
            return "invalid constraint";
        }

        string[] versions = actual.ValueKind == JsonValueKind.Array ? [.. actual.EnumerateArray().Select(e => e.GetString()!)] : [actual.GetString()!];
        if (versions.Length == 0 || versions.Any(v => SemanticVersion.Parse(v) is null))
        {
            matcher.Matches(actual.ValueKind == JsonValueKind.Array ? versions.ToList() : versions[0]).ShouldBeFalse("an invalid version never matches");
            return "invalid version";
        }

        return matcher.Matches(actual.ValueKind == JsonValueKind.Array ? versions.ToList() : versions[0]) ? "True" : "False";
    }

    private static string Gjson(string path, JsonElement actual)
    {
        if (actual.ValueKind != JsonValueKind.String)
        {
            return """{"error":"invalid json"}""";
        }

        return GjsonPath.TryGet(actual.GetString()!, path, out var value, out var problem)
            ? $$"""{"value":{{Canonical(value)}}}"""
            : $$"""{"error":"{{problem}}"}""";
    }

    // One text for a value from either side: objects with sorted keys; a list's elements as the texts the harness
    // compares them as (goss's own transforms compare list elements as text too).
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{JsonSerializer.Serialize(p.Key)}:{Canonical(p.Value)}")) + "}",
        IEnumerable<string> list => "[" + string.Join(",", list.Select(e => e.StartsWith('{') || e.StartsWith('[') ? Canonical(JsonDocument.Parse(e).RootElement) : JsonSerializer.Serialize(e))) + "]",
        _ => throw new InvalidOperationException($"unexpected value {value.GetType()}"),
    };

    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{JsonSerializer.Serialize(p.Name)}:{Canonical(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => Canonical(e),
            JsonValueKind.String => JsonSerializer.Serialize(e.GetString()),
            JsonValueKind.Null => "\"null\"",
            _ => JsonSerializer.Serialize(Matcher.AsText(e.ValueKind == JsonValueKind.Number ? e.GetDouble() : e.GetBoolean())),
        })) + "]",
        JsonValueKind.String => JsonSerializer.Serialize(element.GetString()),
        JsonValueKind.Number => element.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static List<JsonElement> Expected() =>
        [.. File.ReadAllLines(GossDataAttribute.Locate(Path.Combine("Goss", "MatcherConformance", "expected.jsonl")))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
