using System.Text.Json.Nodes;
using IacTest.Lint.Hcl;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// The JSON syntax reader against HashiCorp's, as <c>terraform validate</c> ran it on the <c>.tf.json</c> corpus
/// (recorded by <c>eng/hcl-conformance/write-json-expectations.sh</c>): the same syntax errors, first one at the same
/// place. Terraform's schema and semantic errors (a sensitive output, a bad local name) are not syntax and are left out.
/// </summary>
public sealed class HclJsonConformanceTests(ITestOutputHelper output)
{
    /// <summary>The summaries HCL's JSON parser itself reports.</summary>
    private static readonly HashSet<string> SyntaxSummaries =
    [
        "Extraneous data after value", "Missing JSON value", "Missing array element value", "Missing value", "Invalid start of value",
        "Invalid object property name", "Missing object value", "Missing property value colon", "Trailing comma in object",
        "Unclosed object", "Mismatched braces", "Missing attribute seperator comma", "Trailing comma in array", "Invalid array value",
        "Mismatched brackets", "Invalid JSON number", "Invalid JSON string", "Invalid JSON keyword",
    ];

    [Fact]
    public void Reports_the_syntax_errors_terraform_reports_at_the_same_place()
    {
        // Given the JSON corpus and terraform's diagnostics for each file
        var folder = Path.Combine(HclCorpus.Folder, "json");
        var expectations = JsonNode.Parse(File.ReadAllText(Path.Combine(HclCorpus.Folder, "json-expectations.json")))!.AsObject();
        expectations.Count.ShouldBeGreaterThanOrEqualTo(50);
        var disagreements = new List<string>();
        var (valid, invalid) = (0, 0);

        foreach (var (name, diagnostics) in expectations)
        {
            // When the file is read here
            var file = HclJsonParser.ParseConfig(File.ReadAllText(Path.Combine(folder, name)), "main.tf.json");
            var expected = diagnostics!.AsArray()
                .Select(d => (Summary: d!["summary"]!.GetValue<string>(), Line: d["line"]!.GetValue<int>(), Column: d["column"]!.GetValue<int>()))
                .Where(d => SyntaxSummaries.Contains(d.Summary)).ToList();

            // Then both find no syntax error, or the first syntax error is the same, at the same line and column
            if (expected.Count == 0 && file.IsValid)
            {
                valid++;
                continue;
            }

            var first = file.Diagnostics.FirstOrDefault();
            if (expected.Count > 0 && first is not null && expected[0] == (first.Summary, first.Subject.Start.Line, first.Subject.Start.Column))
            {
                invalid++;
                continue;
            }

            disagreements.Add($"{name}: terraform {string.Join("; ", expected)}; here {first?.ToString() ?? "valid"}");
        }

        output.WriteLine($"json files={expectations.Count} both-valid={valid} same-first-syntax-error={invalid} disagreements={disagreements.Count}");
        disagreements.ShouldBeEmpty();
        valid.ShouldBeGreaterThan(10);
        invalid.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Reads_blocks_labels_and_arguments_of_a_terraform_json_module_with_positions()
    {
        // Given a Terraform JSON module with labelled blocks, a list of blocks and a comment property
        const string text = """
            {
              "//": "built-ins only",
              "variable": {
                "region": { "type": "string", "default": "eu-west-1" }
              },
              "resource": {
                "terraform_data": {
                  "a": [{ "input": 1 }, { "input": 2 }]
                }
              }
            }
            """;

        // When it is read
        var file = HclJsonParser.ParseConfig(text, "main.tf.json");

        // Then blocks carry their labels and positions, and arguments their values
        file.IsValid.ShouldBeTrue();
        var variable = file.Body.BlocksOfType("variable").ShouldHaveSingleItem();
        variable.Labels.ShouldHaveSingleItem().Value.ShouldBe("region");
        variable.Labels[0].Range.ToString().ShouldBe("4,5-13");
        variable.Body.Attribute("default")!.Expression.ShouldBeOfType<HclTemplateExpression>().LiteralValue.ShouldBe("eu-west-1");
        var resources = file.Body.BlocksOfType("resource").ToList();
        resources.Count.ShouldBe(2);
        resources.ShouldAllBe(r => r.Labels.Count == 2 && r.Labels[0].Value == "terraform_data" && r.Labels[1].Value == "a");
        resources[1].Body.Attribute("input")!.Expression.ShouldBeOfType<HclLiteralExpression>().Value.ShouldBe("2");
        file.Body.Attributes.ShouldBeEmpty();
    }
}
