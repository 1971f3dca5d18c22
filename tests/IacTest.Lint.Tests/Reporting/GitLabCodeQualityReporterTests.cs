using System.Text.Json;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Reporting;

namespace IacTest.Lint.Tests.Reporting;

public sealed class GitLabCodeQualityReporterTests : IDisposable
{
    private static readonly string[] Severities = ["info", "minor", "major", "critical", "blocker"];
    private readonly ReportRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Every_issue_has_the_fields_the_merge_request_widget_reads()
    {
        // Given
        var diagnostics = _repository.Lint();

        // When
        var issues = Write(diagnostics, _repository.Options());

        // Then
        issues.Count.ShouldBe(diagnostics.Count);
        foreach (var issue in issues)
        {
            issue.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
            issue.GetProperty("check_name").GetString()!.ShouldMatch(@"^IAC\d{4} \S+$");
            issue.GetProperty("fingerprint").GetString()!.ShouldMatch("^[0-9a-f]{64}$");
            issue.GetProperty("severity").GetString().ShouldBeOneOf(Severities);
            issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }

        issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count().ShouldBe(issues.Count);
    }

    [Fact]
    public void Paths_are_relative_to_the_repository_and_lines_are_the_findings()
    {
        // Given a lint run from infra/
        var diagnostics = _repository.Lint();

        // When
        var issues = Write(diagnostics, _repository.Options());

        // Then the path is what GitLab shows for the file in the repository, not the path from infra/
        var first = diagnostics[0];
        var issue = issues[0];
        issue.GetProperty("location").GetProperty("path").GetString().ShouldBe("infra/" + first.File.Replace('\\', '/'));
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().ShouldBe(first.Line);
        issues.Select(i => i.GetProperty("location").GetProperty("path").GetString()).ShouldContain("infra/k8s/web deploy.yaml");
    }

    [Theory]
    [InlineData(Severity.Error, "major")]
    [InlineData(Severity.Warning, "minor")]
    [InlineData(Severity.Info, "info")]
    public void Severities_map_to_GitLab_s_scale(Severity severity, string expected) =>
        GitLabCodeQualityReporter.Severity(severity).ShouldBe(expected);

    [Fact]
    public void A_finding_without_a_line_still_names_line_one()
    {
        // Given a configuration problem reported for a whole file
        var problem = new LintDiagnostic(Path.Combine(_repository.Root, ".yamllint"), 0, 0, "IAC0003", "config", Severity.Error, "unknown rule 'line-lenght'");

        // When
        var issue = Write([problem], _repository.Options()).Single();

        // Then
        issue.GetProperty("location").GetProperty("path").GetString().ShouldBe(".yamllint");
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().ShouldBe(1);
    }

    private static List<JsonElement> Write(IReadOnlyList<LintDiagnostic> diagnostics, ReportOptions options)
    {
        using var stream = new MemoryStream();
        GitLabCodeQualityReporter.Write(stream, diagnostics, options);
        return JsonDocument.Parse(stream.ToArray()).RootElement.EnumerateArray().ToList();
    }
}
