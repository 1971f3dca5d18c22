using System.Runtime.CompilerServices;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>
/// A secrets check. Findings name the key, the position and a masked hint — never the value — and carry a
/// fingerprint; fingerprints listed in the <c>baseline</c> option (filled from <c>.iactest-secrets-baseline</c>) are
/// not reported again.
/// </summary>
internal abstract class SecretRule : LintRule
{
    /// <summary>The option that holds baseline fingerprints.</summary>
    public const string BaselineOption = "baseline";

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, HashSet<string>> BaselineSets = new();

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Secrets;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["security", "secrets"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(BaselineOption, RuleOptionType.StringList, Array.Empty<string>(),
            "Fingerprints of reviewed findings that are not reported again (see `.iactest-secrets-baseline`)."),
    ];

    /// <summary>Reports a secret at a position, with a masked hint and its fingerprint, unless it is in the baseline.</summary>
    protected void ReportSecret(RuleContext context, Position position, string what, string value, int revealPrefix = 0)
    {
        var fingerprint = SecretText.Fingerprint(Code, value);
        var baseline = context.Options.List(BaselineOption);
        if (baseline.Count > 0 && BaselineSets.GetValue(baseline, static b => new HashSet<string>(b, StringComparer.OrdinalIgnoreCase)).Contains(fingerprint))
        {
            return;
        }

        context.Report(position, $"{what}: {SecretText.Mask(value, revealPrefix)} [fingerprint {fingerprint}]");
    }

    /// <summary>Reports at a node.</summary>
    protected void ReportSecret(RuleContext context, YNode node, string what, string value, int revealPrefix = 0) =>
        ReportSecret(context, node.Start, what, value, revealPrefix);

    /// <summary>Reports every match of a shape pattern on the raw text.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="describe">What a match is (null: not a finding).</param>
    /// <param name="hints">Texts one of which every match contains: a file without any is skipped without running the pattern.</param>
    protected void ReportMatches(RuleContext context, System.Text.RegularExpressions.Regex pattern, Func<System.Text.RegularExpressions.Match, (System.Text.RegularExpressions.Group Group, string What)?> describe, params string[] hints)
    {
        var text = context.File.Text;
        if ((hints.Length > 0 && !hints.Any(h => AsciiSearch.ContainsIgnoreCase(text, h))) || SecretCandidates.IsSopsEncrypted(context.File.Documents))
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
        {
            if (describe(match) is not { } found || found.Group.Value.Contains("EXAMPLE", StringComparison.Ordinal))
            {
                continue;
            }

            var value = found.Group.Value;
            ReportSecret(context, SecretText.PositionOf(context.File.Source, found.Group.Index), found.What, value, SecretPatterns.PublicPrefixLength(value));
        }
    }

    /// <summary>The severity of secrets findings.</summary>
    public override Severity DefaultSeverity => Severity.Error;
}
