using System.Text.RegularExpressions;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The kubernetes-schema rule says of Argo CD and Flux objects what their CRDs' own OpenAPI schemas say, as
/// python3-jsonschema reads them (<c>eng/data/gitops-schema-conformance.py</c> wrote <c>mistakes.expected</c>): the
/// same unknown, mistyped, missing and out-of-enumeration fields, object by object.
/// </summary>
public sealed partial class GitOpsSchemaConformanceTests
{
    [Fact]
    public void The_findings_on_the_corpus_of_mistakes_are_those_of_the_crd_schemas()
    {
        // Given
        var folder = Path.Combine(LintHarness.FixturesRoot, "gitops", "conformance");
        var text = File.ReadAllText(Path.Combine(folder, "mistakes.yaml"));
        var expected = File.ReadAllLines(Path.Combine(folder, "mistakes.expected")).Where(l => l.Length > 0).ToArray();
        var documentStarts = DocumentStarts(text);

        // When
        var found = LintHarness.Lint("gitops/mistakes.yaml", text, "kubernetes-schema");

        // Then: each finding in the reference's terms (document, category, field), and every one at a line of its document
        var actual = found.Select(d => $"{documentStarts.Count(start => start <= d.Line) - 1} {SubId(d.Rule)} {FieldOf(d.Message)}")
            .Order(StringComparer.Ordinal).ToArray();
        actual.ShouldBe(expected.Order(StringComparer.Ordinal).ToArray());
        expected.Length.ShouldBeGreaterThan(20);
    }

    // The first line of each document: 1 for the first, then the line after each `---`.
    private static List<int> DocumentStarts(string text)
    {
        var starts = new List<int> { 1 };
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') == "---")
            {
                starts.Add(i + 2);
            }
        }

        return starts;
    }

    private static string SubId(string rule) => rule[(rule.IndexOf('[') + 1)..^1];

    // `unknown field "x" in T`, `missing required field "x" in T`, `T.x: expected …`, `T.x: "v" is not one of …`.
    private static string FieldOf(string message) =>
        QuotedField().Match(message) is { Success: true } quoted ? quoted.Groups[1].Value : QualifiedField().Match(message).Groups[1].Value;

    [GeneratedRegex("^(?:unknown field|missing required field) \"([^\"]+)\"")]
    private static partial Regex QuotedField();

    [GeneratedRegex(@"^[A-Za-z0-9]+\.([A-Za-z0-9]+):")]
    private static partial Regex QualifiedField();
}
