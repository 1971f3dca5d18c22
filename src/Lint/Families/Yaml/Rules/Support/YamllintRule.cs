using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// A yamllint-compatible rule: the yamllint name, options and defaults, and findings at the positions yamllint
/// reports. Every such rule reads the same per-file token stream.
/// </summary>
internal abstract class YamllintRule : LintRule
{
    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Yaml;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    internal sealed override bool ReadsTokens => true;

    /// <inheritdoc />
    public sealed override void Check(RuleContext context) => Check(context, YamlLintStream.Of(context.File));

    /// <summary>Checks one file given its yamllint view.</summary>
    internal abstract void Check(RuleContext context, YamlLintStream stream);
}
