using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>key-duplicates</c>: a key appears once per mapping.</summary>
internal sealed class KeyDuplicatesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0115";

    /// <inheritdoc />
    public override string Name => "key-duplicates";

    /// <inheritdoc />
    public override string Title => "Keys must not be repeated in a mapping";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override string Description =>
        "YAML forbids duplicate keys, but most loaders keep the last value silently: the first one is dead configuration that reviewers still read. Merge keys (`<<`) may repeat.";

    /// <inheritdoc />
    public override string BadExample => "image: nginx:1.25\nreplicas: 2\nimage: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "image: nginx:1.27\nreplicas: 2\n";

    internal override void Check(RuleContext context, YamlLintStream stream) =>
        KeyStack.Walk(stream, (keys, key) =>
        {
            if (key.Value != "<<" && keys.Seen.Contains(key.Value))
            {
                context.Report(key.Start.Line + 1, key.Start.Column + 1, $"duplication of key \"{key.Value}\" in mapping");
            }
            else
            {
                keys.Seen.Add(key.Value);
            }
        });
}
