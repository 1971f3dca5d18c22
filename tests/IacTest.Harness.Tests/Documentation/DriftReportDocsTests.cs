using System.Text.Json.Nodes;
using IacTest.Harness.Drift;
using IacTest.Lint.Documentation;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// Each rule id the drift report writes has a page in docs/rules, under the same name, and each page's example entry is
/// exactly what the report's JSON writes for that entry.
/// </summary>
public sealed class DriftReportDocsTests
{
    [Fact]
    public void Every_report_rule_has_a_page_of_its_name_and_every_page_a_rule()
    {
        DriftReportDocs.All.Select(doc => $"{doc.Code} {doc.Name} {doc.Severity}")
            .ShouldBe(ReportRules.All.Select(rule => $"{rule.Id} {rule.Name} {rule.Level}"));
    }

    [Fact]
    public void Each_page_shows_an_entry_as_the_report_writes_it()
    {
        foreach (var doc in DriftReportDocs.All)
        {
            // Given the page's entry
            var shown = JsonNode.Parse(doc.Output)!.AsObject();
            var rule = ReportRules.All.Single(r => r.Id == doc.Code);
            var location = shown["location"];
            var entry = new ReportEntry
            {
                Host = (string)shown["host"]!,
                Kind = rule.Kind,
                Subject = (string)shown["subject"]!,
                Location = location is null ? null : new ReportLocation((string)location["path"]!, (int)location["line"]!),
                Message = (string)shown["message"]!,
                Expected = (string?)shown["expected"],
                Actual = (string?)shown["actual"],
                Diff = (string?)shown["diff"],
            };

            // When the report writes it
            var written = JsonNode.Parse(new DriftReport("/repo", [entry.Host], [entry]).ToJson())!["entries"]![0];

            // Then it is the page's, field for field (rule id and kind name included)
            JsonNode.DeepEquals(written, shown).ShouldBeTrue($"{doc.Code}: the report writes\n{written}");
        }
    }
}
