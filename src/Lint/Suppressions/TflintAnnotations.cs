using System.Text.RegularExpressions;
using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Suppressions;

/// <summary>
/// Reads tflint's annotations in the comments of an HCL file: <c># tflint-ignore: rule[, rule]</c> covers its own line
/// and the next, <c># tflint-ignore-file: rule[, rule]</c> the whole file when it opens the file; <c>all</c> names every
/// rule. Like tflint, any comment style carries them (<c>#</c>, <c>//</c>, <c>/* */</c>), and text after a second
/// <c>#</c> or <c>//</c> is a reason, not a rule name.
/// </summary>
internal static partial class TflintAnnotations
{
    private static readonly RuleFamily[] TerraformOnly = [RuleFamily.Terraform];

    /// <summary>
    /// Builds the suppression map of an HCL file; <paramref name="misplaced"/> receives the
    /// <c>tflint-ignore-file</c> annotations that do not open the file, which tflint refuses.
    /// </summary>
    public static SuppressionMap Read(LintFile file, out IReadOnlyList<HclRange> misplaced)
    {
        var map = new SuppressionMap();
        var wrong = new List<HclRange>();
        misplaced = wrong;
        if (file.Hcl is not { } hcl || !file.Text.Contains("tflint-ignore", StringComparison.Ordinal))
        {
            return map;
        }

        foreach (var token in hcl.Tokens)
        {
            if (token.Kind != HclTokenKind.Comment)
            {
                continue;
            }

            var fileMatch = FileAnnotation().Match(token.Text);
            if (fileMatch.Success)
            {
                // tflint: "tflint-ignore-file annotation must be written at the top of file", line 1 column 1.
                if (token.Range.Start.Line != 1 || token.Range.Start.Column != 1)
                {
                    wrong.Add(token.Range);
                    continue;
                }

                map.SuppressRange(1, int.MaxValue, TerraformOnly, Names(fileMatch));
                continue;
            }

            var lineMatch = LineAnnotation().Match(token.Text);
            if (lineMatch.Success)
            {
                var line = token.Range.Start.Line;
                var names = Names(lineMatch);
                map.SuppressLine(line, TerraformOnly, names);
                map.SuppressLine(line + 1, TerraformOnly, names);
            }
        }

        return map;
    }

    /// <summary>The rule names of an annotation; <c>all</c> becomes the empty list, which covers every rule.</summary>
    private static string[] Names(Match match)
    {
        var names = match.Groups["rules"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Contains("all", StringComparer.Ordinal) ? [] : names;
    }

    // tflint's own patterns: the rule list stops at a line break, '*', '/' or '#'.
    [GeneratedRegex(@"tflint-ignore-file: (?<rules>[^\n*/#]+)")]
    private static partial Regex FileAnnotation();

    [GeneratedRegex(@"tflint-ignore: (?<rules>[^\n*/#]+)")]
    private static partial Regex LineAnnotation();
}
