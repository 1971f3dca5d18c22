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
        expected.Count.ShouldBe(254);
        mismatches.ShouldBeEmpty();
    }

    // Sprig's key, certificate and bcrypt functions: random keys and salts, documented as not supported.
    private static readonly string[] Unsupported =
        ["bcrypt", "htpasswd", "genPrivateKey", "buildCustomCert", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey"];

    [Fact]
    public void Every_function_goss_knows_is_implemented_or_named_as_unsupported()
    {
        // Given every function name of goss's template function map (Sprig 3.2.3's and goss's own), as Go listed it
        var goss = File.ReadAllLines(Locate("functions.txt")).Where(l => l.Length > 0).ToArray();

        // When compared with the engine's
        var known = new TemplateFunctions(".", Env).Names.ToHashSet(StringComparer.Ordinal);

        // Then each is implemented, or in the documented short list of unsupported ones (and those really are missing)
        goss.Length.ShouldBe(215);
        goss.Where(n => !known.Contains(n) && !Unsupported.Contains(n)).ShouldBeEmpty();
        Unsupported.Where(n => known.Contains(n) || !goss.Contains(n)).ShouldBeEmpty();
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
