using System.Text.Json;
using System.Xml.Linq;
using NJsonSchema;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>What the tests check in the files a recipe hands to its CI service.</summary>
public static class Reports
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => JsonSchema.FromFileAsync(Path.Combine(
        PackedSdkFixture.RepositoryRoot, "tests", "IacTest.Lint.Tests", "Reporting", "Schema", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    /// <summary>The test cases of a JUnit XML file: name, class name, failure text (null when it passed).</summary>
    public static IReadOnlyList<(string Name, string ClassName, string? Failure)> JUnitCases(string path) =>
        XDocument.Load(path).Descendants("testcase")
            .Select(c => ((string?)c.Attribute("name") ?? string.Empty, (string?)c.Attribute("classname") ?? string.Empty,
                c.Element("failure") is { } failure ? (string?)failure.Attribute("message") + "\n" + failure.Value : null))
            .ToList();

    /// <summary>Checks <paramref name="path"/> against the SARIF 2.1.0 schema and returns the parsed log.</summary>
    public static JsonDocument ValidSarif(string path)
    {
        File.Exists(path).ShouldBeTrue($"no SARIF log at {path}");
        var text = File.ReadAllText(path);
        var errors = SarifSchema.Value.Validate(text);
        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        return JsonDocument.Parse(text);
    }

    /// <summary>The repository-relative paths of a SARIF log's results.</summary>
    public static IReadOnlyList<string> SarifPaths(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(l => $"{(l.TryGetProperty("uriBaseId", out var b) ? b.GetString() + ":" : string.Empty)}{l.GetProperty("uri").GetString()}")
            .ToList();
}
