using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>Writes findings in the canonical form that MSBuild, IDEs and CI log parsers recognise.</summary>
internal static class TextReporter
{
    /// <summary>Writes one line per finding.</summary>
    public static void Write(TextWriter writer, IEnumerable<LintDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.Write(d.File);
            writer.Write('(');
            writer.Write(d.Line);
            writer.Write(',');
            writer.Write(d.Column);
            writer.Write("): ");
            writer.Write(d.Severity.ToName());
            writer.Write(' ');
            writer.Write(d.Code);
            writer.Write(": ");
            writer.Write(d.Message);
            writer.Write(" (");
            writer.Write(d.Rule);
            writer.WriteLine(')');
        }
    }
}
