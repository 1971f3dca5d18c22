using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Reporting;

/// <summary>Writes findings in any <see cref="ReportFormat"/>: the one place a format is chosen.</summary>
public static class LintReport
{
    /// <summary>Writes the report to a stream (text formats in UTF-8).</summary>
    public static void Write(Stream stream, ReportFormat format, IReadOnlyList<LintDiagnostic> diagnostics, RuleCatalog catalog, ReportOptions options)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReporter.Write(stream, diagnostics);
                break;
            case ReportFormat.Sarif:
                SarifReporter.Write(stream, diagnostics, catalog, options);
                break;
            case ReportFormat.GitLab:
                GitLabCodeQualityReporter.Write(stream, diagnostics, options);
                break;
            case ReportFormat.Checkstyle:
                CheckstyleReporter.Write(stream, diagnostics);
                break;
            default:
                using (var writer = new StreamWriter(stream, leaveOpen: true))
                {
                    Write(writer, format, diagnostics);
                }

                break;
        }
    }

    /// <summary>Writes a line-based format to a text writer; false for the formats that need a stream.</summary>
    public static bool Write(TextWriter writer, ReportFormat format, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        switch (format)
        {
            case ReportFormat.Text:
                TextReporter.Write(writer, diagnostics);
                return true;
            case ReportFormat.Parsable:
                ParsableReporter.Write(writer, diagnostics);
                return true;
            default:
                return false;
        }
    }
}
