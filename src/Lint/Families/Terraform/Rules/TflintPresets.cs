using IacTest.Lint.Rules;
namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// tflint-ruleset-terraform's presets: which of its rules <c>plugin "terraform" { preset = "…" }</c> turns on.
/// <c>recommended</c> is also what runs without configuration (tflint enables its bundled Terraform plugin with it),
/// so it is exactly the Terraform rules that are on by default. <c>terraform-fmt</c> is IacTest's own rule and belongs
/// to no preset.
/// </summary>
internal static class TflintPresets
{
    /// <summary>The preset names tflint accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["all", "recommended"];

    /// <summary>The rules of tflint's Terraform ruleset among <paramref name="rules"/>: the Terraform family but <c>terraform-fmt</c>.</summary>
    public static IEnumerable<LintRule> TflintRules(IEnumerable<LintRule> rules) =>
        rules.Where(r => r.Family == RuleFamily.Terraform && r.Name.StartsWith("terraform_", StringComparison.Ordinal));

    /// <summary>The names of the rules of <paramref name="preset"/>; empty for an unknown preset.</summary>
    public static IReadOnlySet<string> Members(string preset, IEnumerable<LintRule> rules) => preset switch
    {
        "all" => TflintRules(rules).Select(r => r.Name).ToHashSet(StringComparer.Ordinal),
        "recommended" => TflintRules(rules).Where(r => r.EnabledByDefault).Select(r => r.Name).ToHashSet(StringComparer.Ordinal),
        _ => new HashSet<string>(),
    };

    /// <summary>
    /// The rules on when <c>plugin "terraform"</c> is declared without a preset: each rule's own default in tflint,
    /// which is on for every rule but <c>terraform_module_shallow_clone</c>.
    /// </summary>
    public static IReadOnlySet<string> PluginDefaults(IEnumerable<LintRule> rules) =>
        TflintRules(rules).Where(r => r is not ModuleShallowCloneRule).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
}
