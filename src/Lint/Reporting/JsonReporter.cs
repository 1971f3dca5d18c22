using System.Text.Json;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>Writes findings as one JSON array of <c>{file, line, column, code, rule, severity, message}</c>.</summary>
internal static class JsonReporter
{
    /// <summary>Writes the array.</summary>
    public static void Write(Stream stream, IEnumerable<LintDiagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("code", d.Code);
            json.WriteString("rule", d.Rule);
            json.WriteString("severity", d.Severity.ToName());
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
