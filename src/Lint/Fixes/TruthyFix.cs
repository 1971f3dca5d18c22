using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>Replaces a truthy spelling (<c>yes</c>, <c>On</c>, <c>FALSE</c>) by the allowed value of the same truth.</summary>
internal sealed class TruthyFix : RuleFix
{
    private const string Prefix = "truthy value should be one of [";

    private static readonly HashSet<string> True = new(StringComparer.Ordinal) { "YES", "Yes", "yes", "TRUE", "True", "true", "ON", "On", "on" };
    private static readonly HashSet<string> False = new(StringComparer.Ordinal) { "NO", "No", "no", "FALSE", "False", "false", "OFF", "Off", "off" };

    public override string Summary =>
        "the value becomes the allowed spelling of the same truth (`yes` becomes `true` under the default `allowed-values`); YAML 1.1 loads both to the same boolean.";

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        // The message lists the allowed values (sorted): the configured ones, without a second reading of the options.
        if (!finding.Message.StartsWith(Prefix, StringComparison.Ordinal) || !finding.Message.EndsWith(']')
            || text.Offset(finding.Line, finding.Column) is not { } start)
        {
            return null;
        }

        var allowed = finding.Message[Prefix.Length..^1].Split(", ");
        var end = start;
        while (end < text.Text.Length && char.IsAsciiLetter(text.Text[end]))
        {
            end++;
        }

        var word = text.Text[start..end];
        var truth = True.Contains(word) ? True : False.Contains(word) ? False : null;
        // The allowed spelling closest to the lower-case canonical one, so `yes` becomes `true`, not `True`.
        var replacement = truth is null ? null : allowed.Where(truth.Contains).OrderBy(v => v is "true" or "false" ? 0 : 1).FirstOrDefault();
        return replacement is null ? null : new TextEdit(start, end - start, replacement);
    }
}
