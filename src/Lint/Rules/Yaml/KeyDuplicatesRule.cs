using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>key-duplicates</c>: a key appears once per mapping.</summary>
public sealed class KeyDuplicatesRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0115";

    /// <inheritdoc />
    public override string Name => "key-duplicates";

    /// <inheritdoc />
    public override string Title => "Keys must not be repeated in a mapping";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Yaml;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <inheritdoc />
    public override string Description =>
        "YAML forbids duplicate keys, but most loaders keep the last value silently: the first one is dead configuration that reviewers still read. Merge keys (`<<`) may repeat.";

    /// <inheritdoc />
    public override string BadExample => "image: nginx:1.25\nreplicas: 2\nimage: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "image: nginx:1.27\nreplicas: 2\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var document in context.File.Documents)
        {
            if (document.Root is null)
            {
                continue;
            }

            foreach (var node in document.Root.DescendantsAndSelf())
            {
                if (node is not YMapping mapping || mapping.Pairs.Count < 2)
                {
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in mapping.Pairs)
                {
                    if (pair.Key is YScalar key && key.Value != "<<" && !seen.Add(key.Value))
                    {
                        context.Report(key, $"duplication of key \"{key.Value}\" in mapping");
                    }
                }
            }
        }
    }
}
