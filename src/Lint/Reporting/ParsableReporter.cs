using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>Writes findings as yamllint's <c>-f parsable</c> does, so existing CI log parsers keep working.</summary>
internal static class ParsableReporter
{
    /// <summary>Writes <c>file:line:col: [level] message (rule)</c> lines.</summary>
    public static void Write(TextWriter writer, IEnumerable<LintDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{d.File}:{d.Line}:{d.Column}: [{d.Severity.ToName()}] {d.Message} ({d.Rule})");
        }
    }
}
