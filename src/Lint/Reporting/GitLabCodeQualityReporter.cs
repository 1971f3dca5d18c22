using System.Text.Json;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>
/// Writes GitLab's Code Quality report: a JSON array of issues with <c>description</c>, <c>check_name</c>,
/// <c>fingerprint</c>, <c>severity</c> and <c>location.path</c>/<c>location.lines.begin</c>. GitLab compares
/// fingerprints between the merge request and its target branch, so the fingerprint must not contain a line number.
/// </summary>
internal static class GitLabCodeQualityReporter
{
    /// <summary>Writes the array.</summary>
    public static void Write(Stream stream, IEnumerable<LintDiagnostic> diagnostics, ReportOptions options)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var finding in FindingLocator.Locate(diagnostics, options))
        {
            var d = finding.Diagnostic;
            json.WriteStartObject();
            json.WriteString("type", "issue");
            json.WriteString("description", $"{d.Message} ({d.Rule})");
            json.WriteString("check_name", $"{d.Code} {d.Rule}");
            json.WriteString("fingerprint", finding.Fingerprint);
            json.WriteString("severity", Severity(d.Severity));
            json.WriteStartObject("location");
            // GitLab links files by their path in the repository; outside it, the absolute path is the best we have.
            json.WriteString("path", finding.RepositoryPath ?? finding.FullPath);
            json.WriteStartObject("lines");
            json.WriteNumber("begin", Math.Max(1, d.Line));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// GitLab's scale is info, minor, major, critical, blocker. An error fails the build, as a major issue blocks a
    /// review; critical and blocker are left for security scanners' findings, which lint findings are not.
    /// </summary>
    public static string Severity(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => "major",
        Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };
}
