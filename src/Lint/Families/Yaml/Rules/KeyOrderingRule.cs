using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>key-ordering</c>: keys of a mapping in alphabetical order.</summary>
internal sealed class KeyOrderingRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0116";

    /// <inheritdoc />
    public override string Name => "key-ordering";

    /// <inheritdoc />
    public override string Title => "Keys in alphabetical order";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Sorted keys make large mappings easy to scan and keep merges conflict-free. Order is by code point, as yamllint's default C locale.";

    /// <inheritdoc />
    public override string BadExample => "name: web\nimage: nginx\n";

    /// <inheritdoc />
    public override string GoodExample => "image: nginx\nname: web\n";

    internal override void Check(RuleContext context, YamlLintStream stream) =>
        KeyStack.Walk(stream, (keys, key) =>
        {
            // Keys are appended only when in order, so the last one is the greatest.
            if (keys.Last is not null && string.CompareOrdinal(key.Value, keys.Last) < 0)
            {
                context.Report(key.Start.Line + 1, key.Start.Column + 1, $"wrong ordering of key \"{key.Value}\" in mapping");
            }
            else
            {
                keys.Last = key.Value;
            }
        });
}
