using System.Text;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Fixes;

/// <summary>
/// Quotes, requotes or unquotes a one-line scalar as the message asks, writing the same value: the scalar is found in
/// the parsed file by its start, and its value is written again in the new style.
/// </summary>
internal sealed class QuotedStringsFix : RuleFix
{
    public override string Summary =>
        "a one-line string is written again in the quotes the rule asks for (single quotes when any will do, double quotes when the value needs escapes) or without its redundant quotes; its value does not change.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        var message = finding.Message;
        var target = message switch
        {
            "string value is not quoted" => "any",
            _ when message.StartsWith("string value is not quoted with ", StringComparison.Ordinal) => message.Split(' ')[^2],
            _ when message.StartsWith("string value is redundantly quoted with ", StringComparison.Ordinal) => "plain",
            _ => null,
        };
        if (target is null || text.ScalarAt(finding.Line, finding.Column) is not { } scalar || scalar.Start.Line != scalar.End.Line
            || text.Offset(scalar.Start.Line, scalar.Start.Column) is not { } start || text.Offset(scalar.End.Line, scalar.End.Column) is not { } end)
        {
            return null;
        }

        var written = text.Text[start..end];
        var replacement = target switch
        {
            "plain" => scalar.Value,
            "single" => Single(scalar.Value),
            "double" => Double(scalar.Value),
            _ => Single(scalar.Value) ?? Double(scalar.Value),
        };
        // A written form that does not read back to the value (a plain scalar's end misplaced) is left alone.
        return replacement is null || replacement == written || !ReadsBack(written, scalar) ? null : new TextEdit(start, end - start, replacement);
    }

    private static bool ReadsBack(string written, YScalar scalar) =>
        written.Length > 0 && (scalar.IsPlain ? written == scalar.Value : written[0] is '\'' or '"');

    /// <summary>The value in single quotes, when it has nothing only double quotes can write.</summary>
    private static string? Single(string value) =>
        value.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            ? null
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Double(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
