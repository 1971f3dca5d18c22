using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Fixes;

/// <summary>
/// Renames a task's module key to the full name the finding gives: <c>apt:</c> becomes <c>ansible.builtin.apt:</c>,
/// a redirected builtin name its canonical target. Only the key of the task the finding names changes.
/// </summary>
internal sealed partial class FqcnFix : RuleFix
{
    public override string Summary =>
        "`fqcn[action-core]`: the module key becomes `ansible.builtin.<name>`; `fqcn[canonical]`: the redirected name becomes its target. The other sub-ids need a person's choice of collection.";

    // The task's data changes by design (a key is renamed), so the data check does not apply.
    public override bool KeepsData => false;

    public override TextEdit? Edit(FixText text, LintDiagnostic finding)
    {
        var (action, fullName) = finding.Rule switch
        {
            "fqcn[action-core]" when Core().Match(finding.Message) is { Success: true } core => (core.Groups[1].Value, "ansible.builtin." + core.Groups[1].Value),
            "fqcn[canonical]" when Canonical().Match(finding.Message) is { Success: true } canonical => (canonical.Groups[2].Value, canonical.Groups[1].Value),
            _ => (null, null),
        };
        if (action is null || fullName is null || !text.HasLine(finding.Line))
        {
            return null;
        }

        // The task's keys start where its first line's content starts, after any "- ".
        var first = text.LineContent(finding.Line);
        var keyColumn = text.Indentation(finding.Line);
        while (keyColumn + 1 < first.Length && first[keyColumn] == '-' && first[keyColumn + 1] == ' ')
        {
            keyColumn += 2;
            while (keyColumn < first.Length && first[keyColumn] == ' ')
            {
                keyColumn++;
            }
        }

        for (var line = finding.Line; line <= text.LineCount; line++)
        {
            var content = text.LineContent(line);
            if (line > finding.Line && content.Trim().Length > 0 && !content.TrimStart().StartsWith('#'))
            {
                var indent = text.Indentation(line);
                if (indent < keyColumn)
                {
                    return null;
                }

                if (indent > keyColumn)
                {
                    continue;
                }
            }

            if (content.Length > keyColumn + action.Length && string.CompareOrdinal(content, keyColumn, action, 0, action.Length) == 0
                && content[keyColumn + action.Length] == ':'
                && (content.Length == keyColumn + action.Length + 1 || content[keyColumn + action.Length + 1] is ' ' or '\t'))
            {
                return new TextEdit(text.LineStart(line) + keyColumn, action.Length, fullName);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Use FQCN for builtin module actions \(([\w.]+)\)\.$")]
    private static partial Regex Core();

    [GeneratedRegex(@"^You should use canonical module name `([\w.]+)` instead of `([\w.]+)`\.$")]
    private static partial Regex Canonical();
}
